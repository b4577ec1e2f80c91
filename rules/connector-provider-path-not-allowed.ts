import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { connectWorkersFor } from '../src/model/kafka/connect-overrides.js';
import { allowedPaths, normalizePath, pathWithin } from '../src/model/kafka/connect-providers.js';
import { connectorReferences, workerProviderMap } from '../src/model/kafka/connect-references.js';

export default defineRule({
  id: 'connector-provider-path-not-allowed',
  title: 'Connector config references a file outside the workers’ allowed paths',
  severity: 'low',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-993', 'CWE-22', 'https://kafka.apache.org/documentation/#config_providers'],
  cwe: [22],

  *check(doc, ctx) {
    const workers = connectWorkersFor(doc, ctx.deployment);
    if (workers.length === 0) return;
    const providers = workerProviderMap(workers);
    if (!providers) return;
    for (const { entry, reference } of connectorReferences(doc)) {
      if (reference.path === undefined) continue;
      const files = (providers.get(reference.provider) ?? []).filter(({ provider }) => provider.kind === 'file' || provider.kind === 'directory');
      if (files.length === 0) continue;
      const path = normalizePath(reference.path);
      const rejecting = files.filter(({ provider }) => {
        const allowed = allowedPaths(provider);
        return allowed !== undefined && !allowed.some((root) => pathWithin(path, root));
      });
      if (rejecting.length === 0) continue;
      const resolving = files.filter((item) => !rejecting.includes(item));
      const span = spanWithinValue(entry, reference.offset, reference.text.length);
      const first = rejecting[0]!;
      if (resolving.length > 0) {
        yield {
          entry,
          span,
          severity: 'high',
          message: `The value of ${entry.key} references ${reference.path}, outside the allowed.paths of worker ${first.worker.file}, but worker ${resolving[0]!.worker.file} has no such restriction for provider ${reference.provider} and resolves it: the allowlist is only as strong as the weakest worker.`,
          discriminator: reference.text,
        };
        continue;
      }
      yield {
        entry,
        span,
        message: `The value of ${entry.key} references ${reference.path}, outside config.providers.${reference.provider}.param.allowed.paths of worker ${first.worker.file}: Kafka refuses to resolve it, so the connector fails, and widening allowed.paths to make it work would expose more of the worker's files.`,
        discriminator: reference.text,
      };
    }
  },
});
