import { defineRule } from '../src/rule-kit/index.js';
import { bootstrapIsLoopbackOnly, clientViews, resolveKey, securityProtocol } from '../src/model/kafka/client-security.js';

export default defineRule({
  id: 'connect-worker-client-security-missing',
  title: 'Connector producers and consumers do not inherit the worker’s Kafka security settings',
  severity: 'medium',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'https://docs.confluent.io/platform/current/connect/security.html'],
  cwe: [319],

  *check(doc) {
    const views = clientViews(doc);
    const own = views.find((view) => view.prefix === '');
    if (!own) return;
    const worker = securityProtocol(doc, own);
    if (!worker.entry || worker.value === undefined || worker.value === 'PLAINTEXT') return;
    const missing: string[] = [];
    for (const view of views.filter((candidate) => candidate.prefix === 'producer.' || candidate.prefix === 'consumer.')) {
      if (doc.has(`${view.prefix}security.protocol`)) continue;
      if (bootstrapIsLoopbackOnly(resolveKey(doc, view, 'bootstrap.servers').value)) continue;
      missing.push(`${view.prefix}security.protocol`);
    }
    if (missing.length === 0) return;
    const who = missing.map((key) => (key.startsWith('producer.') ? "source connectors' producers" : "sink connectors' consumers")).join(' and ');
    yield {
      entry: worker.entry,
      message: `The worker's security.protocol=${worker.entry.value.trim()} secures only the worker's own clients; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set, so ${who} connect with PLAINTEXT: they either fail against the secured listener or send records unencrypted and unauthenticated.`,
      discriminator: missing.join(','),
    };
  },
});
