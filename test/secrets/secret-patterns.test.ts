import { describe, expect, test } from 'vitest';
import { createEntry } from '../../src/model/entry.js';
import { judgeValue, maskSecrets, secretsInEntry, type SecretInValue } from '../../src/model/kafka/secret-patterns.js';
import { baseKey, isSecretKey, secretKeyInfo } from '../../src/model/kafka/secret-keys.js';

function entry(key: string, value: string) {
  const span = { line: 1, column: 1, endLine: 1, endColumn: key.length + 2 + value.length };
  return createEntry({ key, value, span, valueSpan: { line: 1, column: key.length + 2, endLine: 1, endColumn: key.length + 2 + value.length } });
}

/** The rule and the secret text of each secret found in `key=value`. */
function found(key: string, value: string): [string, string][] {
  return secretsInEntry(entry(key, value)).map((secret: SecretInValue) => [secret.rule, value.slice(secret.offset, secret.offset + secret.length)]);
}

describe('secret keys', () => {
  test.each([
    'ssl.keystore.password',
    'listener.name.sasl_ssl.ssl.key.password',
    'listener.name.internal.plain.sasl.jaas.config',
    'producer.override.ssl.truststore.password',
    'consumer.sasl.jaas.config',
    'admin.override.sasl.jaas.config',
    'schema.history.internal.producer.ssl.keystore.password',
    'confluent.metrics.reporter.sasl.jaas.config',
    'confluent.topic.ssl.keystore.password',
    'value.converter.basic.auth.user.info',
    'zookeeper.ssl.keystore.password',
    'listeners.https.ssl.keystore.password',
    'source.cluster.sasl.jaas.config',
    'database.password',
    'aws.secret.access.key',
    'sasl.oauthbearer.client.credentials.client.secret',
    'delegation.token.secret.key',
    'password.encoder.secret',
    'MYSQL_ROOT_PASSWORD',
    'datadog.api.key',
    'config.providers.vault.param.vault.token',
    '-Djavax.net.ssl.trustStorePassword',
    'twitter.oauth.consumerSecret',
    'camel.component.aws2-s3.secretKey',
  ])('%s is a secret key', (key) => expect(isSecretKey(key)).toBe(true));

  test.each([
    'ssl.keystore.location',
    'ssl.keystore.type',
    'sasl.mechanism',
    'password.encoder.iterations',
    'password.encoder.cipher.algorithm',
    'delegation.token.max.lifetime.ms',
    'sasl.oauthbearer.token.endpoint.url',
    'sasl.oauthbearer.client.credentials.client.id',
    'aws.access.key.id',
    'connection.user',
    'key.converter',
    'gcs.credentials.path',
    'ssl.keystore.password.file',
    'listener.name.controller.ssl.keystore.credentials',
    'KAFKA_SSL_TRUSTSTORE_CREDENTIALS',
    'twitter.oauth.consumerKey',
    'tokenEndpointUri',
  ])('%s is not a secret key', (key) => expect(isSecretKey(key)).toBe(false));

  test('baseKey drops any prefix', () => {
    expect(baseKey('listener.name.client.scram-sha-512.sasl.jaas.config')).toBe('sasl.jaas.config');
    expect(baseKey('producer.override.ssl.key.password')).toBe('ssl.key.password');
    expect(baseKey('unrelated.key')).toBe('unrelated.key');
  });

  test('certificates are masked but are not secrets to report', () => {
    expect(secretKeyInfo('ssl.truststore.certificates')?.category).toBe('certificate');
    expect(found('ssl.truststore.certificates', '-----BEGIN CERTIFICATE-----MIIBCANARY')).toEqual([]);
  });
});

describe('judgeValue', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['${file:/etc/kafka/secrets.properties:ks}', 'reference'],
    ['${vault:secret/data/kafka:password}', 'reference'],
    ['${secrets:kafka/broker:password}', 'reference'],
    ['${env:KAFKA_PASSWORD}', 'reference'],
    ['prefix-${file:/x:y}', 'reference'],
    ['${KAFKA_PASSWORD}', 'template'],
    ['${kafka.password}', 'template'],
    ['$KAFKA_PASSWORD', 'template'],
    ['$(KAFKA_PASSWORD)', 'template'],
    ['{{ .Values.kafka.password }}', 'template'],
    ['{{ kafka_password }}', 'template'],
    ['@kafka.password@', 'template'],
    ['${DB_PASSWORD:?required}', 'template'],
    ['${DB_PASSWORD:-}', 'template'],
    ['<password>', 'placeholder'],
    ['<YOUR_API_KEY>', 'placeholder'],
    ['[REDACTED]', 'placeholder'],
    ['***', 'placeholder'],
    ['********', 'placeholder'],
    ['xxx', 'placeholder'],
    ['XXXXXXXX', 'placeholder'],
    ['xxxx-xxxx-xxxx', 'placeholder'],
    ['...', 'placeholder'],
    ['REDACTED', 'placeholder'],
    ['your-password', 'placeholder'],
    ['YOUR_SECRET_HERE', 'placeholder'],
    ['enter-password-here', 'placeholder'],
    ['my-api-key', 'placeholder'],
    ['password-goes-here', 'placeholder'],
    ['%s', 'template'],
    ['%(password)s', 'template'],
    ['{password}', 'template'],
    [':CLOUD_SECRET:', 'template'],
    ['_ADMIN_PASS_', 'template'],
    ['CCLOUD_API_KEY', 'placeholder'],
    ['MONGODB_PW', 'placeholder'],
    ['TOKEN', 'placeholder'],
    ['TOKEN-SECRET', 'placeholder'],
    ['STRING', 'placeholder'],
    ['PASSWORD', 'placeholder'],
    ['yyyy', 'placeholder'],
    ['<Your Event Hubs namespace connection string.', 'placeholder'],
    ['Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=XXXXXX;SharedAccessKey=XXXXXX', 'placeholder'],
    ['Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=CANARYabc123', 'literal'],
    ['mysecretpassword', 'sample'],
    ['changeme', 'sample'],
    ['CHANGE_ME', 'sample'],
    ['changeit', 'sample'],
    ['password', 'sample'],
    ['Passw0rd', 'sample'],
    ['admin', 'sample'],
    ['CANARY-ks-9f2', 'literal'],
    ['admin-secret', 'literal'],
    ['confluent', 'literal'],
    ['s3cr3t!CANARY', 'literal'],
  ])('%j is %s', (value, verdict) => expect(judgeValue(value).verdict).toBe(verdict));

  test('the default of ${VAR:-default} is the literal', () => {
    const value = '${DB_PASSWORD:-CANARY-db-1}';
    const judged = judgeValue(value);
    expect(judged.verdict).toBe('literal');
    expect(value.slice(judged.offset, judged.offset + judged.length)).toBe('CANARY-db-1');
    expect(judgeValue('${DB_PASSWORD:-changeme}').verdict).toBe('sample');
  });
});

describe('secretsInEntry', () => {
  test('a literal password key', () => {
    expect(found('ssl.keystore.password', 'CANARY-ks-9f2')).toEqual([['cleartext-password', 'CANARY-ks-9f2']]);
    expect(found('ssl.keystore.password', '${file:/s.properties:ks}')).toEqual([]);
    expect(found('ssl.keystore.password', 'changeit')).toEqual([['sample-credential', 'changeit']]);
  });

  test('truststore passwords are low, name-matched keys medium', () => {
    expect(secretsInEntry(entry('ssl.truststore.password', 'CANARY-ts'))[0]?.severity).toBe('low');
    expect(secretsInEntry(entry('custom.api.key', 'CANARY-api'))[0]?.severity).toBe('medium');
    expect(secretsInEntry(entry('ssl.keystore.password', 'CANARY-ks'))[0]?.severity).toBeUndefined();
  });

  test('name-matched keys that hold a path, a class or a flag are not secrets', () => {
    expect(found('gcp.credentials', '/var/run/secrets/gcp.json')).toEqual([]);
    expect(found('keyfile', '/etc/bigquery/key.json')).toEqual([]);
    expect(found('auth.token', 'true')).toEqual([]);
    expect(found('custom.secret', 'com.example.SecretProvider')).toEqual([]);
  });

  test('basic.auth.user.info: the password part decides', () => {
    expect(found('basic.auth.user.info', 'sr-user:CANARY-sr')).toEqual([['cleartext-password', 'sr-user:CANARY-sr']]);
    expect(found('value.converter.basic.auth.user.info', '${SR_USER}:${SR_PASSWORD}')).toEqual([]);
    expect(found('basic.auth.user.info', 'sr-user:${file:/s:sr}')).toEqual([]);
  });

  test('JAAS credentials in any key, one per option', () => {
    const value =
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="CANARY-admin" user_admin="CANARY-admin" user_alice="CANARY-alice";';
    expect(found('listener.name.sasl_plaintext.plain.sasl.jaas.config', value)).toEqual([
      ['jaas-inline-credential', 'CANARY-admin'],
      ['jaas-inline-credential', 'CANARY-admin'],
      ['jaas-inline-credential', 'CANARY-alice'],
    ]);
    expect(found('KAFKA_OPTS_EXTRA', value)).toHaveLength(3);
  });

  test('JAAS: references, templates and usernames are not secrets', () => {
    const value =
      'org.apache.kafka.common.security.scram.ScramLoginModule required username="${file:/s:user}" password=${file:/s:password} user_bob="$BOB_PASSWORD";';
    expect(found('sasl.jaas.config', value)).toEqual([]);
    const mixed = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="${file:/s:user}" password="CANARY-mixed";';
    expect(found('sasl.jaas.config', mixed)).toEqual([['jaas-inline-credential', 'CANARY-mixed']]);
  });

  test('JAAS: OAuth client secrets and Strimzi options', () => {
    const value =
      'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId="app" clientSecret="CANARY-cs" oauth.client.secret="CANARY-strimzi" oauth.token.endpoint.uri="https://sso/token";';
    expect(found('sasl.jaas.config', value)).toEqual([
      ['jaas-inline-credential', 'CANARY-cs'],
      ['jaas-inline-credential', 'CANARY-strimzi'],
    ]);
  });

  test('JAAS: an option written twice is reported twice', () => {
    const secrets = secretsInEntry(entry('sasl.jaas.config', 'x.PlainLoginModule required user_a="CANARY-1" user_a="CANARY-2";'));
    expect(secrets.map((secret) => [secret.where, secret.discriminator])).toEqual([
      ['option user_a of PlainLoginModule', '0:user_a'],
      ['option user_a of PlainLoginModule, written again', '0:user_a:2'],
    ]);
  });

  test('JAAS: quotes escaped by the syntax around it', () => {
    const value = 'org.apache.kafka.common.security.plain.PlainLoginModule required    username=\\"admin\\"    password=\\"CANARY-escaped\\" ;';
    expect(found('listener.name.plain.plain.sasl.jaas.config', value)).toEqual([['jaas-inline-credential', 'CANARY-escaped']]);
  });

  test('JAAS: a sample password is a sample credential', () => {
    expect(found('sasl.jaas.config', 'x.PlainLoginModule required username="a" password="changeme";')).toEqual([['sample-credential', 'changeme']]);
  });

  test('JAAS: an Event Hubs connection string is reported once, as the password', () => {
    const value =
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=CANARYabcdefghijklmnopqrstuvwxyz0123456789AB=";';
    expect(found('sasl.jaas.config', value).map(([rule]) => rule)).toEqual(['jaas-inline-credential']);
  });

  test('URLs with credentials', () => {
    expect(found('connection.url', 'jdbc:postgresql://kafka:CANARY-pg@db:5432/orders')).toEqual([['url-embedded-credential', 'CANARY-pg']]);
    expect(found('connection.uri', 'mongodb+srv://app:CANARY-mongo@cluster0.example.net/?retryWrites=true')).toEqual([['url-embedded-credential', 'CANARY-mongo']]);
    expect(found('redis.uri', 'redis://:CANARY-redis@cache:6379')).toEqual([['url-embedded-credential', 'CANARY-redis']]);
    expect(found('connection.url', 'jdbc:mysql://db:3306/app?user=app&password=CANARY-q')).toEqual([['url-embedded-credential', 'CANARY-q']]);
    expect(found('connection.url', 'jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=CANARY-ss')).toEqual([['url-embedded-credential', 'CANARY-ss']]);
    expect(found('connection.url', 'jdbc:oracle:thin:scott/CANARY-tiger@db:1521/ORCL')).toEqual([['url-embedded-credential', 'CANARY-tiger']]);
    expect(found('connection.url', 'jdbc:postgresql://user:${file:/s:pw}@db/app')).toEqual([]);
    expect(found('connection.url', 'jdbc:postgresql://${file:/s:user}:${file:/s:pw}@db/app')).toEqual([]);
    expect(found('connection.url', 'jdbc:postgresql://user:<password>@db/app')).toEqual([]);
    expect(found('connection.url', 'jdbc:postgresql://user@db/app')).toEqual([]);
    expect(found('listeners', 'SASL_SSL://broker:9093,PLAINTEXT://:9092')).toEqual([]);
    expect(found('connection.url', 'postgres://user:changeme@db/app')).toEqual([['sample-credential', 'changeme']]);
  });

  test('URLs: the scheme named in the finding, and where the authority ends', () => {
    const where = (value: string): string[] => secretsInEntry(entry('connection.url', value)).map((secret) => secret.where ?? '');
    expect(where('svn+ssh://u:CANARY-a@host/x')).toEqual(['user info of the svn+ssh URL']);
    expect(where('x-my.db2://u:CANARY-b@host')).toEqual(['user info of the x-my.db2 URL']);
    expect(where('jdbc:postgresql://u:CANARY-c@db/app')).toEqual(['user info of the jdbc:postgresql URL']);
    // A scheme starts with a letter: what comes before its first one is not part of it.
    expect(where('2+x://u:CANARY-d@host')).toEqual(['user info of the x URL']);
    expect(where('http://hu:CANARY-e@x')).toEqual(['user info of the http URL']);
    // User info is in the authority, which ends at the first of these (or white space).
    for (const end of ['/', '?', '#', '"', "'", '<', '>', ',', ';', '\\', ' ', '\t', '\u00a0']) expect([end, where(`http://h${end}u:CANARY-e@x`)]).toEqual([end, []]);
  });

  test('JVM system properties that hold passwords', () => {
    const value = '-Djavax.net.ssl.trustStore=/etc/ts.jks -Djavax.net.ssl.trustStorePassword=CANARY-jvm-1 -Dx.keyStorePassword="CANARY-jvm-2"';
    expect(found('KAFKA_OPTS', value)).toEqual([
      ['cleartext-password', 'CANARY-jvm-1'],
      ['cleartext-password', 'CANARY-jvm-2'],
    ]);
    expect(found('KAFKA_OPTS', '-Djavax.net.ssl.trustStorePassword=${TS_PASSWORD}')).toEqual([]);
    expect(found('KAFKA_OPTS', '-Djavax.net.ssl.trustStorePassword=changeit')).toEqual([['sample-credential', 'changeit']]);
  });

  test('PEM private keys, and elided examples', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCCANARYSCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----';
    expect(found('some.setting', pem)).toEqual([['private-key-material', pem]]);
    expect(found('some.setting', '-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----')).toEqual([]);
    expect(found('ssl.keystore.key', pem)).toEqual([['private-key-material', pem]]);
    expect(found('snowflake.private.key', 'MIIEvQIBADANBgkqhkiG9w0CANARY')).toEqual([['private-key-material', 'MIIEvQIBADANBgkqhkiG9w0CANARY']]);
    expect(found('ssl.keystore.key', '${file:/s:key}')).toEqual([]);
    const encrypted = secretsInEntry(entry('x', pem.replace(/PRIVATE KEY/g, 'ENCRYPTED PRIVATE KEY')));
    expect(encrypted[0]?.severity).toBe('medium');
  });

  test('well-known token formats', () => {
    expect(found('aws.access.key.id', 'AKIACANARY0123456789')).toEqual([['cloud-access-key', 'AKIACANARY0123456789']]);
    expect(found('aws.access.key.id', 'AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(found('notes', 'token ghp_CANARY0123456789abcdefghijklmnopqrstu here')).toEqual([['cloud-access-key', 'ghp_CANARY0123456789abcdefghijklmnopqrstu']]);
    expect(found('slack.url', 'https://hooks.slack.com/services/T0CANARY/B0CANARY/CANARY0123456789abcdef')).toEqual([['cloud-access-key', 'T0CANARY/B0CANARY/CANARY0123456789abcdef']]);
    expect(found('azure.connection', 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=CANARY0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab==;EndpointSuffix=core.windows.net')).toHaveLength(1);
    expect(found('aws.secret.access.key', 'AKIACANARY0123456789').map(([rule]) => rule)).toEqual(['cleartext-password']);
  });
});

describe('maskSecrets', () => {
  const mask = (secret: string) => `<${secret.length}>`;
  test('masks a secret key whole, but shows references', () => {
    expect(maskSecrets(entry('ssl.keystore.password', 'CANARY-ks'), mask)).toBe('<9>');
    expect(maskSecrets(entry('ssl.keystore.password', '${file:/s:ks}'), mask)).toBe('${file:/s:ks}');
    expect(maskSecrets(entry('ssl.keystore.password', 'changeit'), mask)).toBe('<8>');
  });

  test('masks only the secret inside other values', () => {
    expect(maskSecrets(entry('connection.url', 'jdbc:postgresql://u:CANARY-pg@db/app'), mask)).toBe('jdbc:postgresql://u:<9>@db/app');
  });

  test('masks every non-public JAAS option', () => {
    const value = 'x.PlainLoginModule required username="admin" password="CANARY-1" mysteryOption="CANARY-2" debug=true;';
    expect(maskSecrets(entry('sasl.jaas.config', value), mask)).toBe('x.PlainLoginModule required username="admin" password="<8>" mysteryOption="<8>" debug=true;');
  });
});

describe('linear time on long values', () => {
  test.each([
    ['a long word', 'a'.repeat(200_000)],
    ['x and separators', `${'xxx-'.repeat(50_000)}y`],
    ['words and separators', `your-${'a-'.repeat(100_000)}b`],
    ['many JWT starts', 'eyJaaaaaaaaaa'.repeat(20_000)],
    ['many schemes', 'a://b:'.repeat(40_000)],
    ['a long scheme', `${'a'.repeat(200_000)}://u:p@h`],
    ['a long authority', `jdbc:x://${'u'.repeat(200_000)}`],
  ])('%s', (_label, value) => {
    const started = performance.now();
    secretsInEntry(entry('some.password', value));
    secretsInEntry(entry('sasl.jaas.config', `x.PlainLoginModule required password="${value}";`));
    secretsInEntry(entry('connection.url', value));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
