import { defineRule } from '../src/rule-kit/index.js';
import type { Entry } from '../src/model/entry.js';
import { bootstrapIsLoopbackOnly, clientViews, resolveKey, securityProtocol, spanKey } from '../src/model/kafka/client-security.js';

export default defineRule({
  id: 'client-sasl-plain-without-tls',
  title: 'Kafka client sends its SASL/PLAIN password in cleartext',
  severity: 'high',
  component: 'client',
  appliesTo: ['client', 'worker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-523', 'CWE-319', 'https://kafka.apache.org/documentation/#security_sasl_plain'],
  cwe: [523, 319],

  *check(doc) {
    // Keys an adapter generates for every client prefix at one node give one finding there.
    const merged = new Map<string, { entry: Entry; mechanismKey: string; protocolKey: string; labels: string[]; prefix: string }>();
    for (const view of clientViews(doc)) {
      const protocol = securityProtocol(doc, view);
      if (protocol.value !== 'SASL_PLAINTEXT') continue;
      const mechanism = resolveKey(doc, view, 'sasl.mechanism');
      if (mechanism.value?.trim().toUpperCase() !== 'PLAIN') continue;
      // A prefixed worker client that only inherits is reported once, on the unprefixed keys.
      const own = [protocol.entry, mechanism.entry].some((entry) => entry?.key.startsWith(view.prefix) && view.prefix !== '');
      if (view.prefix !== '' && !own) continue;
      const bootstrap = resolveKey(doc, view, 'bootstrap.servers');
      if (bootstrapIsLoopbackOnly(bootstrap.value)) continue;
      const entry = mechanism.entry ?? protocol.entry;
      if (!entry) continue;
      const place = spanKey(entry);
      const existing = merged.get(place);
      if (existing) existing.labels.push(view.label);
      else merged.set(place, { entry, mechanismKey: mechanism.key, protocolKey: protocol.key, labels: [view.label], prefix: view.prefix });
    }
    for (const { entry, mechanismKey, protocolKey, labels, prefix } of merged.values()) {
      const who = labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
      yield {
        entry,
        message: `Mechanism ${mechanismKey}=PLAIN over ${protocolKey}=SASL_PLAINTEXT sends the password of ${who} in cleartext with every connection: anyone on the network path can read and reuse it.`,
        discriminator: prefix,
      };
    }
  },
});
