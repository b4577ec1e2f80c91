import { defineRule } from '../src/rule-kit/index.js';
import { isServerConfig, isUnknown } from '../src/model/kafka/broker-listeners.js';
import { INT_MAX, parseNumber } from '../src/model/kafka/broker-limits.js';

export default defineRule({
  id: 'connection-limits-unset',
  title: 'The number of client connections is unlimited',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'hardened',
  references: ['KIP-402', 'CWE-770', 'https://kafka.apache.org/documentation/#brokerconfigs_max.connections'],
  cwe: [770],

  *check(doc) {
    if (!isServerConfig(doc)) return;
    for (const key of ['max.connections', 'max.connections.per.ip']) {
      const entry = doc.get(key);
      if (isUnknown(entry)) continue;
      if (!entry) {
        // A per-listener limit (listener.name.<l>.max.connections) is a limit too.
        if (key === 'max.connections' && doc.withPrefix('listener.name.').some((other) => other.key.endsWith('.max.connections'))) continue;
        yield { key, message: `No ${key} is set, so Kafka accepts an unlimited number of connections${key.endsWith('.ip') ? ' from one address' : ''}: one client can exhaust the broker's file descriptors and memory.` };
        continue;
      }
      if ((parseNumber(entry.value) ?? 0) >= INT_MAX) {
        yield { entry, message: `The ${key} value ${entry.value.trim()} is Kafka's "unlimited": one client can exhaust the broker's file descriptors and memory.` };
      }
    }
  },
});
