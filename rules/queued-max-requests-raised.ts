import { defineRule } from '../src/rule-kit/index.js';
import { parseNumber, QUEUED_MAX_REQUESTS_DEFAULT } from '../src/model/kafka/broker-limits.js';
import { isUnknown } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'queued-max-requests-raised',
  title: 'The request queue is longer than the default and has no byte limit',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-770', 'https://kafka.apache.org/documentation/#brokerconfigs_queued.max.requests'],
  cwe: [770],

  *check(doc) {
    const entry = doc.get('queued.max.requests');
    const count = parseNumber(entry?.value);
    if (!entry || isUnknown(entry) || count === undefined || count <= QUEUED_MAX_REQUESTS_DEFAULT) return;
    // queued.max.request.bytes bounds the queue's memory whatever its length.
    const bytes = doc.get('queued.max.request.bytes');
    if (bytes && (isUnknown(bytes) || (parseNumber(bytes.value) ?? -1) > 0)) return;
    yield {
      entry,
      message: `The queued.max.requests setting raises the request queue to ${count} requests (default ${QUEUED_MAX_REQUESTS_DEFAULT}) and queued.max.request.bytes does not bound it: clients can make the broker hold ${count} times socket.request.max.bytes in memory before it stops reading.`,
    };
  },
});
