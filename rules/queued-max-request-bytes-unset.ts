import { defineRule } from '../src/rule-kit/index.js';
import { isServerConfig, isUnknown } from '../src/model/kafka/broker-listeners.js';
import { parseNumber } from '../src/model/kafka/broker-limits.js';

export default defineRule({
  id: 'queued-max-request-bytes-unset',
  title: 'The memory of queued requests is unbounded',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'hardened',
  references: ['KIP-72', 'CWE-770', 'https://kafka.apache.org/documentation/#brokerconfigs_queued.max.request.bytes'],
  cwe: [770],

  *check(doc) {
    if (!isServerConfig(doc)) return;
    const entry = doc.get('queued.max.request.bytes');
    if (isUnknown(entry)) return;
    if (!entry) {
      yield {
        key: 'queued.max.request.bytes',
        message: 'No queued.max.request.bytes is set, so the memory held by queued requests is bounded only by queued.max.requests times socket.request.max.bytes (500 × 100 MiB by default).',
      };
      return;
    }
    const bytes = parseNumber(entry.value);
    if (bytes !== undefined && bytes <= 0) {
      yield { entry, message: `The queued.max.request.bytes value ${bytes} leaves the memory held by queued requests unbounded.` };
    }
  },
});
