import { defineRule } from '../src/rule-kit/index.js';
import { parseNumber } from '../src/model/kafka/broker-limits.js';
import { isUnknown } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'idle-timeout-disabled',
  title: 'Idle connections, unauthenticated ones included, are never closed',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-400', 'https://kafka.apache.org/documentation/#brokerconfigs_connections.max.idle.ms'],
  cwe: [400],

  *check(doc) {
    const entry = doc.get('connections.max.idle.ms');
    const value = parseNumber(entry?.value);
    if (!entry || isUnknown(entry) || value === undefined || value >= 0) return;
    yield {
      entry,
      message: `The connections.max.idle.ms value ${value} disables the idle timeout, the only timer that closes a connection that never authenticates: clients can hold connections open indefinitely.`,
    };
  },
});
