import { defineRule } from '../src/rule-kit/index.js';
import { isSasl, isUnknown, openListeners } from '../src/model/kafka/broker-listeners.js';
import { parseNumber } from '../src/model/kafka/broker-limits.js';

export default defineRule({
  id: 'failed-auth-delay-disabled',
  title: 'Failed logins are answered at once, which makes credential guessing and reconnect storms cheap',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['KIP-306', 'CWE-307', 'https://kafka.apache.org/documentation/#brokerconfigs_connection.failed.authentication.delay.ms'],
  cwe: [307],

  *check(doc) {
    const entry = doc.get('connection.failed.authentication.delay.ms');
    if (!entry || isUnknown(entry) || parseNumber(entry.value) !== 0) return;
    // Authentication fails only on SASL and SSL listeners.
    const authenticating = openListeners(doc).filter((listener) => isSasl(listener.protocol) || listener.protocol === 'SSL');
    if (authenticating.length === 0) return;
    yield {
      entry,
      message: `The connection.failed.authentication.delay.ms setting is 0 (default 100): the broker answers a failed login at once, so clients can retry passwords or reconnect as fast as the network allows.`,
    };
  },
});
