import { isAtLeast, type KafkaVersion } from '../../util/version.js';
import type { Role } from '../roles.js';

/**
 * Kafka's defaults for the security-relevant keys, per version. Each history lists the
 * value that applies from a release on, oldest first; `null` means "no default" (the
 * key is unset). Sources: the ConfigDef of each class at the release tags, summarised in
 * ../shared/reference/kafka-rule-catalog.md §0.1.
 */
interface DefaultHistory {
  readonly roles: readonly Role[] | 'all';
  readonly history: readonly (readonly [since: string, value: string | null])[];
}

const ALL = 'all' as const;
const SERVER: readonly Role[] = ['broker', 'controller'];
const WORKER: readonly Role[] = ['worker'];

const TLS_PROTOCOLS: DefaultHistory = {
  roles: ALL,
  history: [
    ['0.0', 'TLSv1.2,TLSv1.1,TLSv1'],
    ['2.5', 'TLSv1.2'],
    ['2.6', 'TLSv1.2,TLSv1.3'],
  ],
};

const DEFAULTS: ReadonlyMap<string, readonly DefaultHistory[]> = new Map<string, readonly DefaultHistory[]>([
  ['listeners', [
    { roles: SERVER, history: [['0.0', 'PLAINTEXT://:9092']] },
    { roles: WORKER, history: [['0.0', 'http://:8083']] },
  ]],
  ['listener.security.protocol.map', [
    { roles: SERVER, history: [['0.0', 'SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT']] },
  ]],
  ['authorizer.class.name', [{ roles: SERVER, history: [['0.0', '']] }]],
  ['allow.everyone.if.no.acl.found', [{ roles: SERVER, history: [['0.0', 'false']] }]],
  // Added in 2.8.2, 3.0.2, 3.1.2, 3.2.3 and 3.3.0 (CVE-2022-34917); 3.0.0-3.0.1, 3.1.0-3.1.1 and 3.2.0-3.2.2 lack it.
  ['sasl.server.max.receive.size', [{ roles: SERVER, history: [['0.0', null], ['2.8.2', '524288'], ['3.0.0', null], ['3.0.2', '524288'], ['3.1.0', null], ['3.1.2', '524288'], ['3.2.0', null], ['3.2.3', '524288']] }]],
  ['socket.request.max.bytes', [{ roles: SERVER, history: [['0.0', '104857600']] }]],
  ['queued.max.requests', [{ roles: SERVER, history: [['0.0', '500']] }]],
  ['connection.failed.authentication.delay.ms', [{ roles: SERVER, history: [['0.0', null], ['2.1', '100']] }]],
  ['max.connections', [{ roles: SERVER, history: [['0.0', null], ['2.2', '2147483647']] }]],
  ['max.connections.per.ip', [{ roles: SERVER, history: [['0.0', '2147483647']] }]],
  ['connections.max.reauth.ms', [{ roles: SERVER, history: [['0.0', null], ['2.2', '0']] }]],
  ['connections.max.idle.ms', [{ roles: ALL, history: [['0.0', '600000']] }]],
  ['auto.create.topics.enable', [{ roles: SERVER, history: [['0.0', 'true']] }]],
  ['queued.max.request.bytes', [{ roles: SERVER, history: [['0.0', null], ['1.0', '-1']] }]],
  ['delegation.token.max.lifetime.ms', [{ roles: SERVER, history: [['0.0', null], ['1.1', '604800000']] }]],
  ['delegation.token.expiry.time.ms', [{ roles: SERVER, history: [['0.0', null], ['1.1', '86400000']] }]],
  ['zookeeper.set.acl', [{ roles: SERVER, history: [['0.0', 'false'], ['4.0', null]] }]],
  ['zookeeper.ssl.client.enable', [{ roles: SERVER, history: [['0.0', null], ['2.5', 'false'], ['4.0', null]] }]],
  ['security.inter.broker.protocol', [{ roles: SERVER, history: [['0.0', 'PLAINTEXT']] }]],
  ['ssl.client.auth', [{ roles: SERVER, history: [['0.0', 'none']] }]],
  ['security.protocol', [{ roles: ['worker', 'client', 'connector'], history: [['0.0', 'PLAINTEXT']] }]],
  ['sasl.mechanism', [{ roles: ['worker', 'client', 'connector'], history: [['0.0', 'GSSAPI']] }]],
  ['sasl.enabled.mechanisms', [{ roles: SERVER, history: [['0.0', 'GSSAPI']] }]],
  ['ssl.endpoint.identification.algorithm', [{ roles: ALL, history: [['0.0', null], ['2.0', 'https']] }]],
  ['ssl.enabled.protocols', [TLS_PROTOCOLS]],
  ['ssl.protocol', [{ roles: ALL, history: [['0.0', 'TLS'], ['2.5', 'TLSv1.2'], ['2.6', 'TLSv1.3']] }]],
  ['connector.client.config.override.policy', [
    { roles: WORKER, history: [['0.0', null], ['2.3', 'None'], ['3.0', 'All'], ['5.0', 'Allowlist']] },
  ]],
  ['connect.protocol', [{ roles: WORKER, history: [['0.0', null], ['2.3', 'compatible'], ['2.4', 'sessioned']] }]],
  ['inter.worker.key.generation.algorithm', [{ roles: WORKER, history: [['0.0', null], ['2.4', 'HmacSHA256']] }]],
  ['inter.worker.signature.algorithm', [{ roles: WORKER, history: [['0.0', null], ['2.4', 'HmacSHA256']] }]],
  ['rest.extension.classes', [{ roles: WORKER, history: [['0.0', '']] }]],
  ['access.control.allow.origin', [{ roles: WORKER, history: [['0.0', '']] }]],
  ['errors.log.include.messages', [{ roles: ['connector'], history: [['0.0', 'false']] }]],
  // Connect worker and connector keys read by the Connect rules (WorkerConfig, DistributedConfig,
  // RestServerConfig, ConnectorConfig, SinkConnectorConfig at the release tags).
  ['inter.worker.verification.algorithms', [{ roles: WORKER, history: [['0.0', null], ['2.4', 'HmacSHA256']] }]],
  ['inter.worker.key.ttl.ms', [{ roles: WORKER, history: [['0.0', null], ['2.4', '3600000']] }]],
  ['access.control.allow.methods', [{ roles: WORKER, history: [['0.0', '']] }]],
  ['response.http.headers.config', [{ roles: WORKER, history: [['0.0', null], ['2.6', '']] }]],
  ['connector.client.config.override.allowlist', [{ roles: WORKER, history: [['0.0', null], ['4.2', '']] }]],
  ['errors.log.enable', [{ roles: ['connector'], history: [['0.0', null], ['2.0', 'false']] }]],
  ['errors.deadletterqueue.context.headers.enable', [{ roles: ['connector'], history: [['0.0', null], ['2.0', 'false']] }]],
  ['config.providers', [{ roles: ALL, history: [['0.0', '']] }]],
]);

/** Kafka's default for `key` at `version` in a config of `role`, or undefined when it has none. */
export function defaultValue(key: string, version: KafkaVersion, role: Role): string | undefined {
  const candidates = DEFAULTS.get(key);
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    if (candidate.roles !== ALL && !candidate.roles.includes(role)) continue;
    let value: string | null = null;
    for (const [since, valueSince] of candidate.history) {
      if (isAtLeast(version, since)) value = valueSince;
    }
    return value ?? undefined;
  }
  return undefined;
}

/** The keys the defaults table knows, for `inspect`. */
export function keysWithDefaults(): string[] {
  return [...DEFAULTS.keys()];
}
