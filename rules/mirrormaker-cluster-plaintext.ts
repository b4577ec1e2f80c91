import { defineRule } from '../src/rule-kit/index.js';
import type { ConfigDocument } from '../src/model/config-document.js';
import type { Entry } from '../src/model/entry.js';
import type { Severity } from '../src/rule-kit/index.js';
import { bootstrapIsLoopbackOnly, usesTls } from '../src/model/kafka/client-security.js';
import { isMirrorMakerConfig, isUnknownValue, listValue } from '../src/model/kafka/connect-worker.js';
import { connectWorkersFor } from '../src/model/kafka/connect-overrides.js';

interface Cluster {
  /** `A` in a dedicated MirrorMaker config, `source` / `target` in a Mirror connector. */
  readonly name: string;
  readonly prefix: string;
  /** Prefixes of client-specific settings that override the cluster-level ones. */
  readonly clientPrefixes: readonly string[];
  /** Whether the config's unprefixed client settings apply when the cluster sets none. */
  readonly inheritsTopLevel: boolean;
}

function clustersOf(doc: ConfigDocument): Cluster[] {
  if (isMirrorMakerConfig(doc)) {
    // MirrorMakerConfig.clusterProps: `<alias>.` settings, then top-level client settings.
    return listValue(doc.get('clusters')?.value).map((alias) => ({
      name: alias,
      prefix: `${alias}.`,
      clientPrefixes: ['producer.', 'consumer.', 'admin.'].map((client) => `${alias}.${client}`),
      inheritsTopLevel: true,
    }));
  }
  const connectorClass = doc.get('connector.class')?.value.trim() ?? '';
  if (!/^(org\.apache\.kafka\.connect\.mirror\.)?Mirror(Source|Checkpoint|Heartbeat)Connector$/.test(connectorClass)) return [];
  // MirrorConnectorConfig: `source.cluster.` / `target.cluster.` then consumer./producer./admin. and source.consumer. …
  return ['source', 'target'].map((side) => ({
    name: `${side} cluster`,
    prefix: `${side}.cluster.`,
    clientPrefixes: ['producer.', 'consumer.', 'admin.', `${side}.producer.`, `${side}.consumer.`, `${side}.admin.`],
    inheritsTopLevel: false,
  }));
}

function setting(doc: ConfigDocument, cluster: Cluster, key: string): Entry | undefined {
  return doc.get(`${cluster.prefix}${key}`) ?? (cluster.inheritsTopLevel ? doc.get(key) : undefined);
}

function serverSet(value: string): string {
  return listValue(value)
    .map((server) => server.toLowerCase())
    .sort()
    .join(',');
}

/**
 * A Mirror connector's cluster that is the Kafka cluster of the Connect workers running it
 * (usually the target: Strimzi and CFK point `target.cluster.*` at the Connect cluster)
 * is reached through the workers' own clients too, and a worker whose own
 * security.protocol is cleartext is reported by client-plaintext /
 * client-sasl-plain-without-tls: the same connection is not reported twice.
 */
function reportedOnWorker(workers: readonly ConfigDocument[], bootstrap: string): boolean {
  const servers = serverSet(bootstrap);
  return workers.some((worker) => {
    const own = worker.get('bootstrap.servers');
    if (!own || isUnknownValue(own) || serverSet(own.value) !== servers) return false;
    const protocol = worker.get('security.protocol');
    if (isUnknownValue(protocol)) return false;
    const value = (protocol?.value ?? 'PLAINTEXT').trim().toUpperCase();
    return value === 'PLAINTEXT' || value === 'SASL_PLAINTEXT';
  });
}

export default defineRule({
  id: 'mirrormaker-cluster-plaintext',
  title: 'MirrorMaker 2 replicates to or from a cluster without encryption',
  severity: 'medium',
  component: 'worker',
  appliesTo: ['worker', 'connector'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'KIP-382', 'https://kafka.apache.org/documentation/#georeplication'],
  cwe: [319],

  *check(doc, ctx) {
    const workers = doc.hasRole('connector') ? connectWorkersFor(doc, ctx.deployment) : [];
    for (const cluster of clustersOf(doc)) {
      const bootstrap = doc.get(`${cluster.prefix}bootstrap.servers`);
      if (!bootstrap || isUnknownValue(bootstrap) || bootstrap.value.trim() === '' || bootstrapIsLoopbackOnly(bootstrap.value)) continue;
      const protocolEntry = setting(doc, cluster, 'security.protocol');
      if (isUnknownValue(protocolEntry)) continue;
      const protocol = (protocolEntry?.value ?? 'PLAINTEXT').trim().toUpperCase();
      if (!protocolEntry) {
        // A client-specific security.protocol may secure every client of this cluster; do not guess.
        const clientSpecific = cluster.clientPrefixes.some((prefix) => doc.has(`${prefix}security.protocol`));
        if (clientSpecific) continue;
      }
      if (usesTls(protocol)) {
        const verification = setting(doc, cluster, 'ssl.endpoint.identification.algorithm');
        if (verification && !isUnknownValue(verification) && verification.value.trim() === '') {
          yield {
            entry: verification,
            message: `The empty ${verification.key} makes replication with ${cluster.name} accept any certificate for any host name: a man in the middle can read and alter replicated records.`,
            discriminator: cluster.name,
          };
        }
        continue;
      }
      if (protocol !== 'PLAINTEXT' && protocol !== 'SASL_PLAINTEXT') continue;
      if (reportedOnWorker(workers, bootstrap.value)) continue;
      const mechanism = setting(doc, cluster, 'sasl.mechanism')?.value.trim().toUpperCase();
      const severity: Severity = protocol === 'SASL_PLAINTEXT' && mechanism === 'PLAIN' ? 'high' : 'medium';
      const how = protocolEntry ? `${protocolEntry.key}=${protocolEntry.value.trim()}` : `${cluster.prefix}security.protocol is not set (default PLAINTEXT)`;
      const exposed =
        severity === 'high'
          ? 'replicated records and the SASL/PLAIN password cross the network readable by anyone on the path'
          : protocol === 'SASL_PLAINTEXT'
            ? 'replicated records cross the network readable by anyone on the path'
            : 'replicated records cross the network unauthenticated and readable by anyone on the path';
      yield {
        entry: protocolEntry ?? bootstrap,
        severity,
        message: `Cluster ${cluster.name} (${cluster.prefix}bootstrap.servers) is reached in cleartext: ${how}, so ${exposed}.`,
        discriminator: cluster.name,
      };
    }
  },
});
