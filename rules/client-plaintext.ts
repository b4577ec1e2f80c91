import { defineRule } from '../src/rule-kit/index.js';
import type { RawFinding } from '../src/rule-kit/index.js';
import { bootstrapIsLoopbackOnly, clientViews, hasPrefixedClientSecurity, resolveKey, securityProtocol, spanKey } from '../src/model/kafka/client-security.js';

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
    // Adapters that generate security.protocol for every client prefix from one setting
    // (Strimzi, CFK) place the entries at one node: one finding there, naming every client.
    const merged = new Map<string, { finding: RawFinding; labels: string[]; build: (labels: string) => string }>();
    const order: string[] = [];
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
      // An application that configures its clients under its own prefix (client., kafkastore., …).
      if (!protocol.entry && doc.hasRole('client') && !doc.hasRole('worker') && hasPrefixedClientSecurity(doc)) continue;
      const mechanism = resolveKey(doc, view, 'sasl.mechanism').value?.trim().toUpperCase();
      // SASL/PLAIN over SASL_PLAINTEXT is client-sasl-plain-without-tls.
      if (protocol.value === 'SASL_PLAINTEXT' && mechanism === 'PLAIN') continue;
      const to = bootstrap.value !== undefined ? ` to ${bootstrap.value.trim()}` : '';
      const value = protocol.value;
      const consequence = (labels: string): string =>
        value === 'PLAINTEXT'
          ? `sends the records of ${labels}${to} unencrypted, and the brokers cannot tell who is connecting`
          : `authenticates ${labels}${to} but sends every record unencrypted`;
      if (!protocol.entry) {
        yield { key: 'security.protocol', message: `No security.protocol is set, and the default PLAINTEXT ${consequence(view.label)}.`, discriminator: view.prefix };
        continue;
      }
      const entry = protocol.entry;
      const place = `${spanKey(entry)}:${value}:${bootstrap.value ?? ''}`;
      const build = (labels: string): string => `Setting ${entry.key}=${entry.value.trim()} ${consequence(labels)}.`;
      const existing = merged.get(place);
      if (existing) {
        existing.labels.push(view.label);
        continue;
      }
      merged.set(place, { finding: { entry, severity: value === 'PLAINTEXT' ? 'high' : 'medium', message: '', discriminator: view.prefix }, labels: [view.label], build });
      order.push(place);
    }
    for (const place of order) {
      const { finding, labels, build } = merged.get(place)!;
      yield { ...finding, message: build(joinLabels(labels)) };
    }
  },
});

function joinLabels(labels: readonly string[]): string {
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
