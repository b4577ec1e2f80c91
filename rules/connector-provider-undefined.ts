import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { connectWorkersFor } from '../src/model/kafka/connect-overrides.js';
import { connectorOwnProvider, connectorReferences, workerProviderMap } from '../src/model/kafka/connect-references.js';

export default defineRule({
  id: 'connector-provider-undefined',
  title: 'Connector config references a config provider its workers do not define',
  severity: 'low',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'operator',
  posture: 'production',
  references: ['KIP-297', 'https://kafka.apache.org/documentation/#config_providers'],

  *check(doc, ctx) {
    const workers = connectWorkersFor(doc, ctx.deployment);
    if (workers.length === 0) return;
    const providers = workerProviderMap(workers);
    if (!providers) return;
    const names = workers.map((worker) => worker.file).join(', ');
    for (const { entry, reference } of connectorReferences(doc)) {
      if (providers.has(reference.provider)) continue;
      // A provider the connector declares for its own client is resolved by that client (connector-override-config-providers).
      if (connectorOwnProvider(doc, entry, reference.provider)) continue;
      yield {
        entry,
        span: spanWithinValue(entry, reference.offset, reference.text.length),
        message: `The value of ${entry.key} references provider ${reference.provider}, which config.providers of ${names} does not list: Connect leaves ${reference.text} unresolved and passes the literal text to the connector.`,
        discriminator: reference.text,
      };
    }
  },
});
