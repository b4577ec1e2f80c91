import { defineRule } from '../src/rule-kit/index.js';
import { isSasl, isUnknown, openListeners } from '../src/model/kafka/broker-listeners.js';
import { parseNumber } from '../src/model/kafka/broker-limits.js';

/** SocketServerConfigs.FAILED_AUTHENTICATION_DELAY_MS_DEFAULT. */
const DEFAULT_DELAY_MS = 100;

export default defineRule({
  id: 'failed-auth-delay-reduced',
  title: 'Failed logins are answered with less than the default delay, which makes credential guessing and reconnect storms cheap',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['KIP-306', 'CWE-307', 'https://kafka.apache.org/documentation/#brokerconfigs_connection.failed.authentication.delay.ms'],
  cwe: [307],

  *check(doc) {
    const entry = doc.get('connection.failed.authentication.delay.ms');
    const delay = parseNumber(entry?.value);
    if (!entry || isUnknown(entry) || delay === undefined || delay >= DEFAULT_DELAY_MS) return;
    // Authentication fails only on SASL and SSL listeners.
    const authenticating = openListeners(doc).filter((listener) => isSasl(listener.protocol) || listener.protocol === 'SSL');
    if (authenticating.length === 0) return;
    yield {
      entry,
      message:
        delay <= 0
          ? `The connection.failed.authentication.delay.ms setting is ${delay} (default ${DEFAULT_DELAY_MS}): the broker answers a failed login at once, so clients can retry passwords or reconnect as fast as the network allows.`
          : `The connection.failed.authentication.delay.ms setting is ${delay} ms (default ${DEFAULT_DELAY_MS}): the broker answers a failed login sooner than Kafka's bound, so clients can retry passwords or reconnect faster.`,
    };
  },
});
