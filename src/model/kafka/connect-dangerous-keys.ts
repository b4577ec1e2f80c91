/**
 * Client config keys whose value, when a connector may set it, hands the REST caller more
 * than a tuning knob: code loading, file or environment reads, outbound requests, or a
 * weaker connection. Used to judge override policies and connector overrides.
 */
export type DangerKind = 'jaas' | 'class-loading' | 'config-provider' | 'oauth-url' | 'redirect' | 'downgrade';

const CLASS_LOADING_KEYS = new Set([
  'sasl.login.class',
  'sasl.login.callback.handler.class',
  'sasl.client.callback.handler.class',
  'ssl.engine.factory.class',
  'interceptor.classes',
  'metric.reporters',
  'security.providers',
  'partitioner.class',
  'key.serializer',
  'value.serializer',
  'key.deserializer',
  'value.deserializer',
  'sasl.oauthbearer.jwt.retriever.class',
  'sasl.oauthbearer.jwt.validator.class',
]);

const OAUTH_LOCATION_KEYS = new Set([
  'sasl.oauthbearer.token.endpoint.url',
  'sasl.oauthbearer.jwks.endpoint.url',
  'sasl.oauthbearer.assertion.file',
  'sasl.oauthbearer.assertion.private.key.file',
  'sasl.oauthbearer.assertion.template.file',
]);

export function dangerOf(clientKey: string): DangerKind | undefined {
  if (clientKey === 'sasl.jaas.config') return 'jaas';
  if (CLASS_LOADING_KEYS.has(clientKey)) return 'class-loading';
  if (clientKey === 'config.providers' || clientKey.startsWith('config.providers.')) return 'config-provider';
  if (OAUTH_LOCATION_KEYS.has(clientKey)) return 'oauth-url';
  if (clientKey === 'bootstrap.servers') return 'redirect';
  if (clientKey === 'security.protocol' || clientKey === 'ssl.endpoint.identification.algorithm' || clientKey === 'sasl.mechanism') return 'downgrade';
  return undefined;
}

export function isClassLoadingKey(clientKey: string): boolean {
  return CLASS_LOADING_KEYS.has(clientKey);
}

export function isOauthLocationKey(clientKey: string): boolean {
  return OAUTH_LOCATION_KEYS.has(clientKey);
}

export const DANGER_TEXT: Record<DangerKind, string> = {
  jaas: 'any JAAS login module, including JndiLoginModule and LdapLoginModule (CVE-2023-25194, CVE-2025-27818)',
  'class-loading': 'a class of its choosing loaded into the worker JVM',
  'config-provider': 'config providers that read worker files and environment variables (CVE-2024-31141)',
  'oauth-url': 'OAuth token and key URLs or files the worker fetches (CVE-2025-27817)',
  redirect: 'brokers of its choosing, receiving the worker-level client credentials',
  downgrade: 'a weaker security protocol, mechanism or hostname check',
};
