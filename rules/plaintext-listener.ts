import { defineRule } from '../src/rule-kit/index.js';
import { resolvedListeners, spanWithinValue } from '../src/model/kafka/listeners.js';

export default defineRule({
  id: 'plaintext-listener',
  title: 'Listener accepts unencrypted, unauthenticated connections',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'CWE-306', 'https://kafka.apache.org/documentation/#security_overview'],
  cwe: [319, 306],

  *check(doc) {
    for (const { entry, listener, protocol } of resolvedListeners(doc)) {
      if (protocol !== 'PLAINTEXT') continue;
      const where = `${listener.host || 'all interfaces'}:${listener.port}`;
      if (!entry) {
        yield {
          key: 'listeners',
          message: `No listeners are set, so Kafka opens its default PLAINTEXT listener ${listener.text}: no encryption, no authentication.`,
          discriminator: listener.name.toUpperCase(),
        };
        continue;
      }
      yield {
        entry,
        span: spanWithinValue(entry, listener.offset, listener.text.length),
        message: `Listener ${listener.name} on ${where} uses PLAINTEXT: no encryption, no authentication.`,
        discriminator: listener.name.toUpperCase(),
      };
    }
  },
});
