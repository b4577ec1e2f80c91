/**
 * Keys whose values are secrets: Kafka's ConfigDef.Type.PASSWORD keys and the password
 * keys of popular connectors, under any of the prefixes Kafka and Connect put before them
 * (`listener.name.<l>.<mechanism>.`, `producer.`, `consumer.`, `admin.`,
 * `producer.override.`, `schema.history.internal.producer.`, `confluent.metrics.reporter.`,
 * `source.cluster.`, `listeners.https.`, `zookeeper.`, `key.converter.`, …).
 */

/** What a secret key holds, which decides the rule that reports a literal value. */
export type SecretCategory =
  /** A password, token or API secret: `cleartext-password`. */
  | 'password'
  /** A JAAS login configuration: its credential options are judged (`jaas-inline-credential`). */
  | 'jaas'
  /** A private key: `private-key-material`. */
  | 'private-key'
  /** A certificate: Kafka types it PASSWORD (so it is masked in logs) but it is public. */
  | 'certificate';

export interface SecretKeyInfo {
  /** The known key the full key ends with, or the full key for a key matched by its name alone. */
  readonly base: string;
  /** What the value is, for messages: "keystore password". */
  readonly kind: string;
  readonly category: SecretCategory;
  /**
   * `kafka`: a PASSWORD-type key of Apache Kafka; `connector`: a known connector or client key;
   * `image`: a credential variable of a Kafka image; `name`: matched by its name alone.
   */
  readonly source: 'kafka' | 'connector' | 'image' | 'name';
  /** The key also accepts a file path (a key file); a path is not a secret. */
  readonly mayBePath?: boolean;
  /** Leaking it exposes little: a truststore password guards only public certificates. */
  readonly lowImpact?: boolean;
}

type KeyTable = Record<string, Omit<SecretKeyInfo, 'base' | 'source'>>;

/**
 * Apache Kafka's ConfigDef.Type.PASSWORD keys (SslConfigs, SaslConfigs, broker, KRaft,
 * ZooKeeper client TLS) and the PASSWORD keys of Confluent's Schema Registry clients that
 * converters and serializers read.
 */
const KAFKA_KEYS: KeyTable = {
  'ssl.key.password': { kind: 'private key password', category: 'password' },
  'ssl.keystore.password': { kind: 'keystore password', category: 'password' },
  'ssl.truststore.password': { kind: 'truststore password', category: 'password', lowImpact: true },
  'ssl.keystore.key': { kind: 'PEM private key', category: 'private-key' },
  'ssl.keystore.certificate.chain': { kind: 'PEM certificate chain', category: 'certificate' },
  'ssl.truststore.certificates': { kind: 'PEM trusted certificates', category: 'certificate' },
  'sasl.jaas.config': { kind: 'JAAS configuration', category: 'jaas' },
  'sasl.oauthbearer.client.credentials.client.secret': { kind: 'OAuth client secret', category: 'password' },
  'sasl.oauthbearer.assertion.private.key.passphrase': { kind: 'OAuth assertion private key passphrase', category: 'password' },
  'delegation.token.secret.key': { kind: 'delegation token secret key', category: 'password' },
  'delegation.token.master.key': { kind: 'delegation token master key', category: 'password' },
  'password.encoder.secret': { kind: 'password encoder secret', category: 'password' },
  'password.encoder.old.secret': { kind: 'old password encoder secret', category: 'password' },
  'zookeeper.ssl.keystore.password': { kind: 'ZooKeeper keystore password', category: 'password' },
  'zookeeper.ssl.truststore.password': { kind: 'ZooKeeper truststore password', category: 'password', lowImpact: true },
  'basic.auth.user.info': { kind: 'Schema Registry basic-auth credentials', category: 'password' },
  'bearer.auth.token': { kind: 'Schema Registry bearer token', category: 'password' },
  'bearer.auth.client.secret': { kind: 'Schema Registry OAuth client secret', category: 'password' },
};

/** Password keys of popular connectors and Confluent components (not defined by Apache Kafka). */
const CONNECTOR_KEYS: KeyTable = {
  'connection.password': { kind: 'connection password', category: 'password' },
  'connection.password.secure': { kind: 'connection password', category: 'password' },
  'database.password': { kind: 'database password', category: 'password' },
  'mongodb.password': { kind: 'MongoDB password', category: 'password' },
  'aws.secret.access.key': { kind: 'AWS secret access key', category: 'password' },
  'aws.secret.key': { kind: 'AWS secret access key', category: 'password' },
  's3.secret.access.key': { kind: 'AWS secret access key', category: 'password' },
  'aws.session.token': { kind: 'AWS session token', category: 'password' },
  'snowflake.private.key': { kind: 'Snowflake private key', category: 'private-key' },
  'snowflake.private.key.passphrase': { kind: 'Snowflake private key passphrase', category: 'password' },
  'snowflake.oauth.client.secret': { kind: 'Snowflake OAuth client secret', category: 'password' },
  'snowflake.oauth.refresh.token': { kind: 'Snowflake OAuth refresh token', category: 'password' },
  'elastic.password': { kind: 'Elasticsearch password', category: 'password' },
  'elastic.https.ssl.key.password': { kind: 'Elasticsearch private key password', category: 'password' },
  'elastic.https.ssl.keystore.password': { kind: 'Elasticsearch keystore password', category: 'password' },
  'elastic.https.ssl.truststore.password': { kind: 'Elasticsearch truststore password', category: 'password', lowImpact: true },
  'azure.storage.account.key': { kind: 'Azure storage account key', category: 'password' },
  'azblob.account.key': { kind: 'Azure storage account key', category: 'password' },
  'azure.cosmos.account.key': { kind: 'Azure Cosmos DB key', category: 'password' },
  'cosmos.master.key': { kind: 'Azure Cosmos DB master key', category: 'password' },
  'connect.cosmos.master.key': { kind: 'Azure Cosmos DB master key', category: 'password' },
  'gcs.credentials.json': { kind: 'Google Cloud service account key', category: 'password' },
  keyfile: { kind: 'Google Cloud service account key', category: 'password', mayBePath: true },
  'splunk.hec.token': { kind: 'Splunk HEC token', category: 'password' },
  'mq.password': { kind: 'IBM MQ password', category: 'password' },
  'redis.password': { kind: 'Redis password', category: 'password' },
  'neo4j.authentication.basic.password': { kind: 'Neo4j password', category: 'password' },
  'couchbase.password': { kind: 'Couchbase password', category: 'password' },
  'connection.bucket.password': { kind: 'Couchbase bucket password', category: 'password' },
  'ldap.java.naming.security.credentials': { kind: 'LDAP bind password', category: 'password' },
  'confluent.license': { kind: 'Confluent license key', category: 'password' },
  // Confluent components' client of the Metadata Service (RBAC), not Schema Registry's basic.auth.user.info.
  'confluent.metadata.basic.auth.user.info': { kind: 'Metadata Service (MDS) basic-auth credentials', category: 'password' },
  'http.auth.password': { kind: 'HTTP password', category: 'password' },
  'oauth2.client.secret': { kind: 'OAuth client secret', category: 'password' },
};

/**
 * Credential variables of Kafka images that the compose adapter keeps under their own name,
 * because the image writes them into JAAS configurations rather than one key
 * (BITNAMI_CREDENTIALS in src/model/adapters/compose.ts).
 */
const IMAGE_KEYS: KeyTable = {
  KAFKA_CLIENT_PASSWORDS: { kind: 'SASL user passwords', category: 'password' },
  KAFKA_INTER_BROKER_PASSWORD: { kind: 'inter-broker SASL password', category: 'password' },
  KAFKA_CONTROLLER_PASSWORD: { kind: 'controller SASL password', category: 'password' },
  KAFKA_ZOOKEEPER_PASSWORD: { kind: 'ZooKeeper SASL password', category: 'password' },
};

const KNOWN = new Map<string, SecretKeyInfo>([
  ...Object.entries(KAFKA_KEYS).map(([base, info]) => [base, { ...info, base, source: 'kafka' as const }] as const),
  ...Object.entries(CONNECTOR_KEYS).map(([base, info]) => [base, { ...info, base, source: 'connector' as const }] as const),
  ...Object.entries(IMAGE_KEYS).map(([base, info]) => [base, { ...info, base, source: 'image' as const }] as const),
]);

/** Kafka's own PASSWORD-type keys (without prefixes). */
export const PASSWORD_KEYS: ReadonlySet<string> = new Set(Object.keys(KAFKA_KEYS));

/**
 * The known password key at the end of `key`, found by dropping leading segments, so
 * that `listener.name.x.plain.sasl.jaas.config` and `producer.override.ssl.key.password`
 * are recognised whatever prefix routes them. Returns `key` when no known key ends it.
 */
export function baseKey(key: string): string {
  let rest = key;
  while (!KNOWN.has(rest)) {
    const dot = rest.indexOf('.');
    if (dot === -1) return key;
    rest = rest.slice(dot + 1);
  }
  return rest;
}

/**
 * The last words of a key that name a secret, whatever comes before them: `*.password`,
 * `*.secret`, `*.api.key`, `*_TOKEN`, … Separators may be `.`, `_` or `-`; case is ignored.
 */
export const SECRET_NAME =
  /(?:^|[._-])(password|passwd|pwd|passphrase|secret|client[._-]?secret|api[._-]?secret|secret[._-]?key|secret[._-]?access[._-]?key|private[._-]?key|privatekey|api[._-]?key|apikey|access[._-]?token|auth[._-]?token|refresh[._-]?token|bearer[._-]?token|token|user[._-]?info|account[._-]?key|master[._-]?key|shared[._-]?access[._-]?key|sas[._-]?token|credentials?)$/i;

/** The same words as a camelCase suffix: `trustStorePassword`, `consumerSecret`, `accessToken`. */
export const CAMEL_SECRET_NAME =
  /(?<=[a-z0-9])(Password|Passwd|Pwd|Passphrase|Secret|ClientSecret|ApiSecret|SecretKey|SecretAccessKey|PrivateKey|ApiKey|AccessToken|AuthToken|RefreshToken|BearerToken|Token|UserInfo|AccountKey|MasterKey|SharedAccessKey|SasToken|Credentials?)$/;

/**
 * Names that end like a secret but hold none: Confluent's images read
 * `KAFKA_SSL_KEYSTORE_CREDENTIALS` (`ssl.keystore.credentials`) as the name of the file in
 * /etc/kafka/secrets that holds the password.
 */
const NOT_SECRET_NAME = /(?:^|[._-])ssl[._-](?:keystore|truststore|key)[._-]credentials$/i;

/** What `key` holds when it is a secret key; undefined otherwise. */
export function secretKeyInfo(key: string): SecretKeyInfo | undefined {
  const known = KNOWN.get(baseKey(key));
  if (known) return known;
  if (!endsLikeSecretWord(key)) return undefined;
  if (NOT_SECRET_NAME.test(key)) return undefined;
  const match = SECRET_NAME.exec(key) ?? CAMEL_SECRET_NAME.exec(key);
  if (!match) return undefined;
  const word = match[1]!.toLowerCase().replace(/[._-]/g, '');
  const privateKey = word === 'privatekey';
  return {
    base: key,
    kind: privateKey ? 'private key' : NAME_KINDS[word] ?? 'secret',
    category: privateKey ? 'private-key' : 'password',
    source: 'name',
    mayBePath: true,
  };
}

/** How every word of SECRET_NAME and CAMEL_SECRET_NAME ends, case aside. */
export const SECRET_WORD_ENDINGS = ['password', 'passwd', 'pwd', 'passphrase', 'secret', 'key', 'token', 'info', 'credential', 'credentials'];

/**
 * False for a key neither regular expression can match: most keys of a file (`listeners`,
 * `log.dirs`) are settled by a few string comparisons rather than three case-insensitive
 * alternations, which V8 compiles on their first use (~3 ms of a one-file scan).
 */
function endsLikeSecretWord(key: string): boolean {
  const tail = key.slice(-12).toLowerCase();
  return SECRET_WORD_ENDINGS.some((ending) => tail.endsWith(ending));
}

const NAME_KINDS: Record<string, string> = {
  password: 'password',
  passwd: 'password',
  pwd: 'password',
  passphrase: 'passphrase',
  secret: 'secret',
  clientsecret: 'client secret',
  apisecret: 'API secret',
  secretkey: 'secret key',
  secretaccesskey: 'secret access key',
  apikey: 'API key',
  accesstoken: 'access token',
  authtoken: 'auth token',
  refreshtoken: 'refresh token',
  bearertoken: 'bearer token',
  token: 'token',
  userinfo: 'user credentials',
  accountkey: 'account key',
  masterkey: 'master key',
  sharedaccesskey: 'shared access key',
  sastoken: 'shared access signature token',
  credential: 'credentials',
  credentials: 'credentials',
};

/** True for keys whose value must never be shown: every PASSWORD-type key, certificates included. */
export function isSecretKey(key: string): boolean {
  return secretKeyInfo(key) !== undefined;
}
