import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { connectWorkersFor } from '../src/model/kafka/connect-overrides.js';
import { allowedPaths, normalizePath, pathWithin, systemFileKind } from '../src/model/kafka/connect-providers.js';
import { connectorOwnProvider, connectorReferences, workerProviderMap } from '../src/model/kafka/connect-references.js';

export default defineRule({
  id: 'connector-provider-reads-system-file',
  title: 'Connector config reads a system or credential file of the Connect worker',
  severity: 'high',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['CWE-22', 'CWE-200', 'CVE-2024-31141', 'KIP-297', 'https://kafka.apache.org/documentation/#config_providers'],
  cwe: [22, 200],

  *check(doc, ctx) {
    const workers = connectWorkersFor(doc, ctx.deployment);
    const providers = workerProviderMap(workers);
    for (const { entry, reference } of connectorReferences(doc)) {
      if (reference.path === undefined) continue;
      const kind = systemFileKind(reference.path);
      if (!kind) continue;
      let how: string;
      if (workers.length === 0) {
        how = 'no worker config was found to show which provider that is';
      } else {
        const own = connectorOwnProvider(doc, entry, reference.provider);
        const declared = providers?.get(reference.provider) ?? [];
        const files = declared.filter(({ provider }) => provider.kind === 'file' || provider.kind === 'directory');
        if (own && (own.kind === 'file' || own.kind === 'directory')) {
          how = `the connector declares ${reference.provider} for its own client`;
        } else if (files.length > 0) {
          const path = normalizePath(reference.path);
          const readers = files.filter(({ provider }) => {
            const allowed = allowedPaths(provider);
            return allowed === undefined || allowed.some((root) => pathWithin(path, root));
          });
          // Every worker's allowed.paths rejects it: connector-provider-path-not-allowed reports that.
          if (readers.length === 0) continue;
          how = `worker ${readers[0]!.worker.file} resolves ${reference.provider} with ${readers[0]!.provider.className ?? 'a file provider'}`;
        } else {
          continue;
        }
      }
      yield {
        entry,
        span: spanWithinValue(entry, reference.offset, reference.text.length),
        message: `The value of ${entry.key} references ${reference.path} through provider ${reference.provider}, ${kind}; ${how}: its content ends up in the connector's runtime config.`,
        discriminator: reference.text,
      };
    }
  },
});
