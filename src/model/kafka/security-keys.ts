/**
 * Security-relevant config keys of brokers, controllers, Connect workers, connectors and
 * clients: a key one edit away from one of these, and not itself a Kafka key, is a typo
 * that silently leaves the intended setting at its default.
 */
export const SECURITY_KEYS: readonly string[] = [
  'listeners',
  'advertised.listeners',
  'listener.security.protocol.map',
  'inter.broker.listener.name',
  'security.inter.broker.protocol',
  'controller.listener.names',
  'security.protocol',
  'authorizer.class.name',
  'allow.everyone.if.no.acl.found',
  'super.users',
  'sasl.enabled.mechanisms',
  'sasl.mechanism',
  'sasl.mechanism.inter.broker.protocol',
  'sasl.mechanism.controller.protocol',
  'sasl.jaas.config',
  'sasl.kerberos.service.name',
  'sasl.server.max.receive.size',
  'sasl.login.callback.handler.class',
  'sasl.server.callback.handler.class',
  'sasl.client.callback.handler.class',
  'sasl.oauthbearer.jwks.endpoint.url',
  'sasl.oauthbearer.token.endpoint.url',
  'sasl.oauthbearer.expected.audience',
  'sasl.oauthbearer.expected.issuer',
  'ssl.client.auth',
  'ssl.endpoint.identification.algorithm',
  'ssl.enabled.protocols',
  'ssl.protocol',
  'ssl.cipher.suites',
  'ssl.keystore.location',
  'ssl.keystore.password',
  'ssl.keystore.type',
  'ssl.key.password',
  'ssl.truststore.location',
  'ssl.truststore.password',
  'ssl.truststore.type',
  'ssl.principal.mapping.rules',
  'principal.builder.class',
  'connections.max.reauth.ms',
  'connection.failed.authentication.delay.ms',
  'max.connections',
  'max.connections.per.ip',
  'socket.request.max.bytes',
  'queued.max.requests',
  'auto.create.topics.enable',
  'delegation.token.secret.key',
  'zookeeper.set.acl',
  'zookeeper.ssl.client.enable',
  'connector.client.config.override.policy',
  'connect.protocol',
  'inter.worker.key.generation.algorithm',
  'inter.worker.signature.algorithm',
  'inter.worker.verification.algorithms',
  'inter.worker.key.size',
  'rest.extension.classes',
  'admin.listeners',
  'rest.advertised.listener',
  'access.control.allow.origin',
  'access.control.allow.methods',
  'config.providers',
  'errors.log.include.messages',
  'plugin.path',
];

/** Keys that are one edit away from a security key but are real Kafka configs themselves. */
export const NEAR_MISS_REAL_KEYS: ReadonlySet<string> = new Set([
  'ssl.keystore.key',
  'ssl.truststore.certificates',
  'sasl.mechanisms', // librdkafka's spelling; read only where the client is librdkafka (not .properties)
  'listener',
  'max.connection',
]);

/** Damerau–Levenshtein distance ≤ 1: one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
