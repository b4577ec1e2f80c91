import { defineRule } from '../src/rule-kit/index.js';
import { bootstrapIsLoopbackOnly, clientViews, resolveKey, securityProtocol } from '../src/model/kafka/client-security.js';

export default defineRule({
  id: 'client-plaintext',
  title: 'Kafka client connects without encryption',
  severity: 'high',
  component: 'client',
  appliesTo: ['client', 'worker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'https://kafka.apache.org/documentation/#security_overview'],
  cwe: [319],

  *check(doc) {
    for (const view of clientViews(doc)) {
      const protocol = securityProtocol(doc, view);
      // Prefixed worker clients are judged only where they set their own value: an absent
      // producer./consumer. protocol is connect-worker-client-security-missing's case, and
      // one that inherits is reported once, on the unprefixed key.
      const ownEntry = protocol.entry && protocol.entry.key === `${view.prefix}security.protocol`;
      if (view.prefix !== '' && !ownEntry) continue;
      if (protocol.value !== 'PLAINTEXT' && protocol.value !== 'SASL_PLAINTEXT') continue;
      const bootstrap = resolveKey(doc, view, 'bootstrap.servers');
      if (bootstrapIsLoopbackOnly(bootstrap.value)) continue;
      // A client file that names neither a protocol nor servers is a fragment (tuning, a CLI --command-config).
      if (!protocol.entry && bootstrap.value === undefined) continue;
      const mechanism = resolveKey(doc, view, 'sasl.mechanism').value?.trim().toUpperCase();
      // SASL/PLAIN over SASL_PLAINTEXT is client-sasl-plain-without-tls.
      if (protocol.value === 'SASL_PLAINTEXT' && mechanism === 'PLAIN') continue;
      const to = bootstrap.value !== undefined ? ` to ${bootstrap.value.trim()}` : '';
      const consequence =
        protocol.value === 'PLAINTEXT'
          ? `sends the records of ${view.label}${to} unencrypted, and the brokers cannot tell who is connecting`
          : `authenticates ${view.label}${to} but sends every record unencrypted`;
      if (protocol.entry) {
        yield {
          entry: protocol.entry,
          severity: protocol.value === 'PLAINTEXT' ? 'high' : 'medium',
          message: `Setting ${protocol.entry.key}=${protocol.entry.value.trim()} ${consequence}.`,
          discriminator: view.prefix,
        };
      } else {
        yield { key: 'security.protocol', message: `No security.protocol is set, and the default PLAINTEXT ${consequence}.`, discriminator: view.prefix };
      }
    }
  },
});
