/**
 * Keys whose values are secrets: Kafka's ConfigDef.Type.PASSWORD keys and the password
 * keys of popular connectors, under any of the prefixes Kafka and Connect put before them.
 */
const PASSWORD_KEYS = new Set([
  'ssl.key.password',
  'ssl.keystore.password',
  'ssl.truststore.password',
  'ssl.keystore.key',
  'ssl.keystore.certificate.chain',
  'ssl.truststore.certificates',
  'sasl.jaas.config',
  'sasl.oauthbearer.client.credentials.client.secret',
  'sasl.oauthbearer.assertion.private.key.passphrase',
  'delegation.token.secret.key',
  'delegation.token.master.key',
  'password.encoder.secret',
  'password.encoder.old.secret',
  'basic.auth.user.info',
  'bearer.auth.token',
  'bearer.auth.client.secret',
  'schema.registry.basic.auth.user.info',
  'connection.password',
  'database.password',
  'database.history.consumer.sasl.jaas.config',
  'aws.secret.access.key',
  'aws.secret.key',
  's3.secret.access.key',
  'connection.password.secure',
  'mongodb.password',
  'snowflake.private.key',
  'snowflake.private.key.passphrase',
  'elastic.password',
  'elastic.https.ssl.key.password',
  'elastic.https.ssl.keystore.password',
  'elastic.https.ssl.truststore.password',
  'azure.storage.account.key',
  'gcs.credentials.json',
  'keyfile',
  'splunk.hec.token',
  'mq.password',
  'redis.password',
  'neo4j.authentication.basic.password',
  'couchbase.password',
  'connection.bucket.password',
  'cosmos.master.key',
  'connect.cosmos.master.key',
]);

/**
 * The known password key at the end of `key`, found by dropping leading segments, so
 * that `listener.name.x.plain.sasl.jaas.config` and `producer.override.ssl.key.password`
 * are recognised whatever prefix routes them.
 */
export function baseKey(key: string): string {
  let rest = key;
  while (!PASSWORD_KEYS.has(rest)) {
    const dot = rest.indexOf('.');
    if (dot === -1) return key;
    rest = rest.slice(dot + 1);
  }
  return rest;
}

export function isSecretKey(key: string): boolean {
  return PASSWORD_KEYS.has(baseKey(key)) || /(^|\.)(password|passwd|secret|private\.key|secret\.key|api\.key|token)$/i.test(key);
}
