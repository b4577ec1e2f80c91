import { defineRule } from '../src/rule-kit/index.js';
import { listenerSpan, openListeners } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'sasl-plaintext-listener',
  title: 'Listener authenticates clients but sends all data unencrypted',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'https://kafka.apache.org/documentation/#security_overview'],
  cwe: [319],

  *check(doc) {
    for (const listener of openListeners(doc)) {
      if (listener.protocol !== 'SASL_PLAINTEXT' || !listener.listener || !listener.entry) continue;
      const role = listener.isController ? ' (the KRaft controller listener)' : listener.isInterBroker ? ' (the inter-broker listener)' : '';
      const where = `${listener.listener.host || 'all interfaces'}:${listener.listener.port}`;
      yield {
        entry: listener.entry,
        span: listenerSpan(listener),
        message: `Listener ${listener.name}${role} on ${where} uses SASL_PLAINTEXT: it authenticates clients, but records and SASL exchanges (PLAIN passwords among them) cross the network unencrypted.`,
        discriminator: listener.upper,
      };
    }
  },
});
