import type { YamlMap, YamlNode, YamlPair } from '../../parse/yaml.js';
import type { AdapterNote } from '../config-document.js';
import type { Entry } from '../entry.js';
import type { Span } from '../location.js';
import type { Role } from '../roles.js';
import { parseKafkaVersion } from '../../util/version.js';
import type { DocumentDraft } from './draft.js';
import { STRIMZI_IGNORED_KEY } from './note-kinds.js';
import { impliedEntry, isFalse, isTrue, itemsOf, keyOnly, mapGet, nodeAt, pairEntry, pairsOf, textAt, textOf } from './yaml-nodes.js';

/**
 * Strimzi custom resources (kafka.strimzi.io) as the configuration Strimzi really runs:
 * the broker and Connect configs its cluster operator generates from the resource
 * (KafkaBrokerConfigurationBuilder, KafkaConnectConfigurationBuilder), with the user's
 * `config` maps minus the keys Strimzi forbids and silently drops. A dropped key becomes
 * an AdapterNote of kind `strimzi-ignored-key` (reported by the
 * strimzi-ignored-security-setting rule) and is not an entry.
 *
 * Entries Strimzi generates are placed at the resource node that causes them (a
 * listener's `tls`, `spec.authentication`, …) and carry an `origin` saying so.
 */

export { STRIMZI_IGNORED_KEY };

/**
 * KafkaClusterSpec.FORBIDDEN_PREFIXES / FORBIDDEN_PREFIX_EXCEPTIONS
 * (strimzi/strimzi-kafka-operator api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaClusterSpec.java).
 * AbstractConfiguration.filterForbidden drops a key when `key.toLowerCase(Locale.ENGLISH)`
 * starts with a prefix, unless the key (as written) is one of the exceptions; the list is
 * split with `\s*,+\s*`. (So `zookeeper.clientCnxnSocket`, compared lower-cased with a
 * camel-case prefix, is in fact never dropped.)
 */
const KAFKA_FORBIDDEN =
  'listeners, advertised., broker., listener., host.name, port, inter.broker.listener.name, sasl., ssl., security., password., log.dir, ' +
  'zookeeper.connect, zookeeper.set.acl, zookeeper.ssl, zookeeper.clientCnxnSocket, authorizer., super.user, ' +
  'cruise.control.metrics.topic, cruise.control.metrics.reporter.bootstrap.servers,node.id, process.roles, controller., metadata.log.dir';
const KAFKA_FORBIDDEN_EXCEPTIONS =
  'zookeeper.connection.timeout.ms, sasl.server.max.receive.size,ssl.cipher.suites, ssl.protocol, ssl.enabled.protocols, ssl.secure.random.implementation,' +
  'cruise.control.metrics.topic.num.partitions, cruise.control.metrics.topic.replication.factor, cruise.control.metrics.topic.retention.ms,' +
  'cruise.control.metrics.topic.auto.create.retries, cruise.control.metrics.topic.auto.create.timeout.ms,cruise.control.metrics.topic.min.insync.replicas,' +
  'controller.quorum.election.backoff.max.ms, controller.quorum.election.timeout.ms, controller.quorum.fetch.timeout.ms';

/**
 * KafkaConnectSpec.FORBIDDEN_PREFIXES / FORBIDDEN_PREFIX_EXCEPTIONS (…/model/connect/KafkaConnectSpec.java);
 * KafkaMirrorMaker2ClusterSpec has the same lists (…/model/mirrormaker2/KafkaMirrorMaker2ClusterSpec.java).
 */
const CONNECT_FORBIDDEN = 'ssl., sasl., security., listeners, plugin.path, rest., bootstrap.servers, consumer.interceptor.classes, producer.interceptor.classes';
const CONNECT_FORBIDDEN_EXCEPTIONS = 'ssl.endpoint.identification.algorithm, ssl.cipher.suites, ssl.protocol, ssl.enabled.protocols';

/** AbstractConnectorSpec.FORBIDDEN_PARAMETERS (…/model/connector/AbstractConnectorSpec.java): set from spec.class / spec.tasksMax / the resource name. */
const CONNECTOR_FORBIDDEN = ['name', 'connector.class', 'tasks.max'];

const split = (list: string): string[] => list.split(/\s*,+\s*/).map((item) => item.trim()).filter((item) => item !== '');

interface ForbiddenList {
  readonly prefixes: readonly string[];
  readonly exceptions: ReadonlySet<string>;
  /** Where the keys are written, for messages. */
  readonly where: string;
}

const KAFKA_LIST: ForbiddenList = { prefixes: split(KAFKA_FORBIDDEN), exceptions: new Set(split(KAFKA_FORBIDDEN_EXCEPTIONS)), where: 'spec.kafka.config' };
const CONNECT_LIST: ForbiddenList = { prefixes: split(CONNECT_FORBIDDEN), exceptions: new Set(split(CONNECT_FORBIDDEN_EXCEPTIONS)), where: 'spec.config' };

/** The forbidden prefix that makes Strimzi drop `key`, or undefined when Strimzi passes it on. */
export function strimziForbiddenPrefix(key: string, list: 'kafka' | 'connect'): string | undefined {
  const forbidden = list === 'kafka' ? KAFKA_LIST : CONNECT_LIST;
  if (forbidden.exceptions.has(key)) return undefined;
  const lower = key.toLowerCase();
  return forbidden.prefixes.find((prefix) => lower.startsWith(prefix));
}

interface Resource {
  readonly kind: string;
  readonly apiVersion: string;
  readonly root: YamlMap;
  readonly name: string | undefined;
  readonly namespace: string | undefined;
  readonly cluster: string | undefined;
}

/** All Strimzi resources of one file; node pools are joined to their Kafka cluster. */
export function strimziToDrafts(roots: readonly YamlMap[]): DocumentDraft[] {
  const resources: Resource[] = roots.map((root) => ({
    kind: textAt(root, ['kind']) ?? '',
    apiVersion: textAt(root, ['apiVersion']) ?? '',
    root,
    name: textAt(root, ['metadata', 'name']),
    namespace: textAt(root, ['metadata', 'namespace']),
    cluster: textOf(mapGet(nodeAt(root, ['metadata', 'labels']), 'strimzi.io/cluster')?.value),
  }));
  const drafts: DocumentDraft[] = [];
  for (const resource of resources) {
    switch (resource.kind) {
      case 'Kafka':
        drafts.push(kafkaDraft(resource, resources.filter((other) => other.kind === 'KafkaNodePool' && other.cluster === resource.name)));
        break;
      case 'KafkaConnect':
        drafts.push(connectDraft(resource));
        break;
      case 'KafkaConnector': {
        const draft = connectorDraft(resource);
        if (draft) drafts.push(draft);
        break;
      }
      case 'KafkaMirrorMaker2':
        drafts.push(...mirrorMaker2Drafts(resource));
        break;
      default:
        // KafkaNodePool (joined to its Kafka above), KafkaTopic, KafkaUser, KafkaBridge, …: no Kafka config of their own.
        break;
    }
  }
  return drafts;
}

// --- Kafka -----------------------------------------------------------------------------------

interface ListenerSpec {
  /** As Kafka names it: `${name}-${port}` upper-cased (ListenersUtils.identifier). */
  readonly name: string;
  readonly port: string;
  readonly protocol: string;
  /** Where the listener is written: its `tls` pair, else its `name`, else the item. */
  readonly at: Span;
  readonly authentication: YamlPair | undefined;
  readonly authType: string | undefined;
  readonly item: YamlNode;
}

function kafkaDraft(resource: Resource, pools: readonly Resource[]): DocumentDraft {
  const kafkaPair = mapGet(mapGet(resource.root, 'spec')?.value, 'kafka');
  const kafka = kafkaPair?.value;
  const at = kafkaPair ? kafkaPair.keySpan : resource.root.span;
  const origin = 'generated by Strimzi';
  const cluster = resource.name ?? 'cluster';
  const zookeeperMode = mapGet(mapGet(resource.root, 'spec')?.value, 'zookeeper') !== undefined;
  const entries: Entry[] = [];
  const notes: AdapterNote[] = [];

  // Node pools of this cluster in the same file decide the process roles.
  const poolRoles = new Set<string>();
  let rolesAt: Span | undefined;
  for (const pool of pools) {
    const rolesPair = mapGet(mapGet(pool.root, 'spec')?.value, 'roles');
    for (const item of itemsOf(rolesPair?.value)) {
      const role = textOf(item)?.toLowerCase();
      if (role) poolRoles.add(role);
    }
    rolesAt ??= rolesPair?.keySpan;
  }
  const isController = !zookeeperMode && poolRoles.has('controller');
  // The resource's listeners, authorization and config apply to every node; a pool with
  // the controller role in this file adds the controller's view (its control plane listener).
  const roles: Role[] = isController ? ['broker', 'controller'] : ['broker'];

  // Listeners (KafkaBrokerConfigurationBuilder.withListeners): the replication listener
  // REPLICATION-9091 (mTLS) first, then one per spec.kafka.listeners item.
  const listenersPair = mapGet(kafka, 'listeners');
  const listeners = listenerSpecs(listenersPair?.value);
  const listenersAt = listeners.length === 1 ? listeners[0]!.at : keyOnly(listenersPair, at);
  const names: string[] = [];
  const protocols: string[] = [];
  if (isController) {
    names.push('CONTROLPLANE-9090://0.0.0.0:9090');
  }
  protocols.push('CONTROLPLANE-9090:SSL');
  names.push('REPLICATION-9091://0.0.0.0:9091');
  protocols.push('REPLICATION-9091:SSL');
  for (const listener of listeners) {
    names.push(`${listener.name}://0.0.0.0:${listener.port}`);
    protocols.push(`${listener.name}:${listener.protocol}`);
  }
  entries.push(impliedEntry('listeners', names.join(','), listenersAt, `spec.kafka.listeners (${origin})`));
  entries.push(impliedEntry('listener.security.protocol.map', protocols.join(','), listenersAt, `spec.kafka.listeners (${origin})`));
  entries.push(impliedEntry('inter.broker.listener.name', 'REPLICATION-9091', listenersAt, `${origin} (replication listener, mutual TLS)`));
  entries.push(impliedEntry('listener.name.controlplane-9090.ssl.client.auth', 'required', at, `${origin} (control plane listener, mutual TLS)`));
  entries.push(impliedEntry('listener.name.replication-9091.ssl.client.auth', 'required', at, `${origin} (replication listener, mutual TLS)`));
  for (const listener of listeners) entries.push(...listenerAuthEntries(listener));
  entries.push(impliedEntry('sasl.enabled.mechanisms', '', at, origin));
  entries.push(impliedEntry('ssl.endpoint.identification.algorithm', 'HTTPS', at, origin));

  if (zookeeperMode) {
    entries.push(impliedEntry('zookeeper.connect', `${cluster}-zookeeper-client:2181`, at, `${origin} (ZooKeeper over TLS)`));
    entries.push(impliedEntry('zookeeper.ssl.client.enable', 'true', at, origin));
    entries.push(impliedEntry('zookeeper.clientCnxnSocket', 'org.apache.zookeeper.ClientCnxnSocketNetty', at, origin));
  } else {
    entries.push(impliedEntry('process.roles', roles.join(','), rolesAt ?? at, pools.length > 0 ? `KafkaNodePool spec.roles (${origin})` : `${origin} (KRaft; node pool roles not in this file)`));
    entries.push(impliedEntry('controller.listener.names', 'CONTROLPLANE-9090', at, `${origin} (control plane listener, mutual TLS)`));
  }

  // Authorization (withAuthorization): authorizer and super users.
  const authorizationPair = mapGet(kafka, 'authorization');
  if (authorizationPair) entries.push(...authorizationEntries(authorizationPair, cluster, zookeeperMode));

  // User configuration, minus what Strimzi forbids.
  const configPair = mapGet(kafka, 'config');
  entries.push(...userConfig(configPair, KAFKA_LIST, notes, 'kafka'));
  entries.push(...systemProperties(nodeAt(kafka, ['jvmOptions', 'javaSystemProperties']), 'spec.kafka.jvmOptions.javaSystemProperties'));

  const version = parseKafkaVersion(textOf(mapGet(kafka, 'version')?.value) ?? '');
  return {
    format: 'strimzi',
    roles,
    entries,
    ...(resource.name !== undefined ? { name: resource.name } : {}),
    ...(version ? { kafkaVersion: version, kafkaVersionSource: 'Strimzi spec.kafka.version' } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function listenerSpecs(node: YamlNode | undefined): ListenerSpec[] {
  if (!node) return [];
  if (node.kind === 'map') return legacyListenerSpecs(node);
  const out: ListenerSpec[] = [];
  for (const item of itemsOf(node)) {
    if (item.kind !== 'map') continue;
    const name = textOf(mapGet(item, 'name')?.value);
    const port = textOf(mapGet(item, 'port')?.value);
    if (!name || !port) continue;
    const tlsPair = mapGet(item, 'tls');
    const tls = isTrue(tlsPair?.value);
    const authentication = mapGet(item, 'authentication');
    const authType = textOf(mapGet(authentication?.value, 'type')?.value)?.toLowerCase();
    const sasl = authType === 'scram-sha-512' || authType === 'oauth' || (authType === 'custom' && isTrue(mapGet(authentication?.value, 'sasl')?.value));
    out.push({
      name: `${name}-${port}`.toUpperCase(),
      port,
      protocol: `${sasl ? 'SASL_' : ''}${tls ? 'SSL' : 'PLAINTEXT'}`,
      at: tlsPair ? tlsPair.span : (mapGet(item, 'name')?.span ?? item.span),
      authentication,
      authType,
      item,
    });
  }
  return out;
}

/** The object form of listeners before Strimzi 0.20 (`plain`, `tls`, `external`). */
function legacyListenerSpecs(node: YamlMap): ListenerSpec[] {
  const out: ListenerSpec[] = [];
  for (const pair of node.pairs) {
    const port = pair.key === 'plain' ? '9092' : pair.key === 'tls' ? '9093' : pair.key === 'external' ? '9094' : undefined;
    if (!port) continue;
    const authentication = mapGet(pair.value, 'authentication');
    const authType = textOf(mapGet(authentication?.value, 'type')?.value)?.toLowerCase();
    const tls = pair.key === 'tls' || (pair.key === 'external' && !isFalse(mapGet(pair.value, 'tls')?.value));
    const sasl = authType === 'scram-sha-512' || authType === 'oauth';
    const name = pair.key === 'plain' ? 'CLIENT' : pair.key === 'tls' ? 'CLIENTTLS' : 'EXTERNAL';
    out.push({ name, port, protocol: `${sasl ? 'SASL_' : ''}${tls ? 'SSL' : 'PLAINTEXT'}`, at: pair.keySpan, authentication, authType, item: pair.value });
  }
  return out;
}

function listenerAuthEntries(listener: ListenerSpec): Entry[] {
  const auth = listener.authentication;
  if (!auth) return [];
  const lower = listener.name.toLowerCase();
  const at = auth.keySpan;
  const origin = `spec.kafka.listeners ${listener.name} authentication (generated by Strimzi)`;
  switch (listener.authType) {
    case 'tls':
      return [impliedEntry(`listener.name.${lower}.ssl.client.auth`, 'required', at, origin)];
    case 'scram-sha-512':
      return [
        impliedEntry(`listener.name.${lower}.scram-sha-512.sasl.jaas.config`, 'org.apache.kafka.common.security.scram.ScramLoginModule required;', at, origin),
        impliedEntry(`listener.name.${lower}.sasl.enabled.mechanisms`, 'SCRAM-SHA-512', at, origin),
      ];
    case 'oauth': {
      const mechanisms = [isFalse(mapGet(auth.value, 'enableOauthBearer')?.value) ? undefined : 'OAUTHBEARER', isTrue(mapGet(auth.value, 'enablePlain')?.value) ? 'PLAIN' : undefined].filter(
        (item): item is string => item !== undefined,
      );
      return [impliedEntry(`listener.name.${lower}.sasl.enabled.mechanisms`, mechanisms.join(','), at, origin)];
    }
    case 'custom': {
      // KafkaListenerAuthenticationCustom: listenerConfig keys are written as listener.name.<name>.<key>.
      const out: Entry[] = [];
      for (const pair of pairsOf(mapGet(auth.value, 'listenerConfig')?.value)) {
        const entry = pairEntry(pair, { key: `listener.name.${lower}.${pair.key}`, origin: `spec.kafka.listeners ${listener.name} authentication.listenerConfig` });
        if (entry) out.push(entry);
      }
      return out;
    }
    default:
      return [];
  }
}

/** The super users Strimzi always adds for its own components (withAuthorization). */
function strimziSuperUsers(cluster: string): string[] {
  return [
    `User:CN=${cluster}-kafka,O=io.strimzi`,
    `User:CN=${cluster}-entity-topic-operator,O=io.strimzi`,
    `User:CN=${cluster}-entity-user-operator,O=io.strimzi`,
    `User:CN=${cluster}-kafka-exporter,O=io.strimzi`,
    `User:CN=${cluster}-cruise-control,O=io.strimzi`,
    'User:CN=cluster-operator,O=io.strimzi',
  ];
}

function authorizationEntries(pair: YamlPair, cluster: string, zookeeperMode: boolean): Entry[] {
  const type = textOf(mapGet(pair.value, 'type')?.value)?.toLowerCase();
  const origin = 'spec.kafka.authorization (generated by Strimzi)';
  let authorizer: string | undefined;
  switch (type) {
    case 'simple':
      authorizer = zookeeperMode ? 'kafka.security.authorizer.AclAuthorizer' : 'org.apache.kafka.metadata.authorizer.StandardAuthorizer';
      break;
    case 'keycloak':
      authorizer = 'io.strimzi.kafka.oauth.server.authorizer.KeycloakAuthorizer';
      break;
    case 'opa':
      authorizer = 'org.openpolicyagent.kafka.OpaAuthorizer';
      break;
    case 'custom':
      authorizer = textOf(mapGet(pair.value, 'authorizerClass')?.value);
      break;
    default:
      authorizer = undefined;
  }
  if (!authorizer) return [];
  const superUsersPair = mapGet(pair.value, 'superUsers');
  const users = [...strimziSuperUsers(cluster), ...itemsOf(superUsersPair?.value).flatMap((item) => (textOf(item) ? [`User:${textOf(item)}`] : []))];
  const out = [impliedEntry('authorizer.class.name', authorizer, pair.keySpan, origin)];
  out.push(impliedEntry('super.users', users.join(';'), superUsersPair ? superUsersPair.span : pair.keySpan, origin));
  if (type === 'opa') {
    const allowOnError = mapGet(pair.value, 'allowOnError');
    out.push(impliedEntry('opa.authorizer.allow.on.error', isTrue(allowOnError?.value) ? 'true' : 'false', allowOnError ? allowOnError.span : pair.keySpan, origin));
  }
  return out;
}

/** A `config` map minus the keys Strimzi drops; each dropped key becomes a note. */
function userConfig(configPair: YamlPair | undefined, list: ForbiddenList, notes: AdapterNote[], which: 'kafka' | 'connect', where = list.where): Entry[] {
  const out: Entry[] = [];
  for (const pair of pairsOf(configPair?.value)) {
    const entry = pairEntry(pair, { origin: where });
    if (!entry) continue;
    const prefix = strimziForbiddenPrefix(pair.key, which);
    if (prefix !== undefined) {
      notes.push({ kind: STRIMZI_IGNORED_KEY, entry, detail: `Strimzi drops ${where} keys starting with "${prefix}" and configures them from the resource itself` });
      continue;
    }
    out.push(entry);
  }
  return out;
}

/** `jvmOptions.javaSystemProperties: [{name, value}]` as `-Dname` entries, like KAFKA_OPTS in compose. */
function systemProperties(node: YamlNode | undefined, origin: string): Entry[] {
  const out: Entry[] = [];
  for (const item of itemsOf(node)) {
    const namePair = mapGet(item, 'name');
    const name = textOf(namePair?.value);
    if (!namePair || !name) continue;
    const valuePair = mapGet(item, 'value');
    out.push(
      impliedEntry(`-D${name}`, textOf(valuePair?.value) ?? '', valuePair ? { ...namePair.span, endLine: valuePair.span.endLine, endColumn: valuePair.span.endColumn } : namePair.span, origin, {
        ...(valuePair ? { valueSpan: valuePair.value.span } : {}),
      }),
    );
  }
  return out;
}

// --- KafkaConnect ----------------------------------------------------------------------------

/** Client security of a Connect cluster or a MirrorMaker 2 cluster (spec.tls, spec.authentication). */
interface ClientSecurity {
  readonly protocol: string;
  readonly entries: Entry[];
  /** Where the protocol comes from. */
  readonly at: Span;
}

/**
 * KafkaConnectConfigurationBuilder.withTls / withAuthentication: TLS trust from the
 * trusted certificates, mTLS keystore or SASL (PLAIN, SCRAM, OAUTHBEARER) with the
 * secrets read through Strimzi's own config providers, for the worker and its
 * `producer.`, `consumer.` and `admin.` clients. `prefixes` are those client prefixes.
 */
function clientSecurity(spec: YamlNode | undefined, fallback: Span, namespace: string, prefixes: readonly string[], originBase: string): ClientSecurity {
  const entries: Entry[] = [];
  const tlsPair = mapGet(spec, 'tls');
  const authPair = mapGet(spec, 'authentication');
  const tls = tlsPair !== undefined && tlsPair.value.kind === 'map';
  let protocol = tls ? 'SSL' : 'PLAINTEXT';
  const all = (key: string, value: string, at: Span, origin: string): void => {
    for (const prefix of prefixes) entries.push(impliedEntry(`${prefix}${key}`, value, at, origin));
  };
  if (tlsPair && tls) {
    const secrets = [...new Set(itemsOf(mapGet(tlsPair.value, 'trustedCertificates')?.value).flatMap((item) => (textAt(item, ['secretName']) ? [textAt(item, ['secretName'])!] : [])))];
    if (secrets.length > 0) {
      all('ssl.truststore.certificates', secrets.map((secret) => `\${strimzisecrets:${namespace}/${secret}:*.crt}`).join('\\n'), tlsPair.keySpan, `${originBase}.tls (generated by Strimzi)`);
      all('ssl.truststore.type', 'PEM', tlsPair.keySpan, `${originBase}.tls (generated by Strimzi)`);
    }
  }
  if (authPair) {
    const type = textOf(mapGet(authPair.value, 'type')?.value)?.toLowerCase();
    const origin = `${originBase}.authentication (generated by Strimzi)`;
    const at = authPair.keySpan;
    if (type === 'tls') {
      const secret = textAt(authPair.value, ['certificateAndKey', 'secretName']) ?? '<secret>';
      const certificate = textAt(authPair.value, ['certificateAndKey', 'certificate']) ?? 'user.crt';
      const key = textAt(authPair.value, ['certificateAndKey', 'key']) ?? 'user.key';
      all('ssl.keystore.certificate.chain', `\${strimzisecrets:${namespace}/${secret}:${certificate}}`, at, origin);
      all('ssl.keystore.key', `\${strimzisecrets:${namespace}/${secret}:${key}}`, at, origin);
      all('ssl.keystore.type', 'PEM', at, origin);
    } else if (type === 'plain' || type === 'scram-sha-256' || type === 'scram-sha-512' || type === 'oauth') {
      protocol = tls ? 'SASL_SSL' : 'SASL_PLAINTEXT';
      const secret = textAt(authPair.value, ['passwordSecret', 'secretName']) ?? '<secret>';
      const passwordKey = textAt(authPair.value, ['passwordSecret', 'password']) ?? 'password';
      const password = `\${strimzidir:/opt/kafka/connect-password/${secret}:${passwordKey}}`;
      const mechanism = type === 'plain' ? 'PLAIN' : type === 'oauth' ? 'OAUTHBEARER' : type.toUpperCase();
      const jaas =
        type === 'plain'
          ? `org.apache.kafka.common.security.plain.PlainLoginModule required username=\${strimzienv:KAFKA_CONNECT_SASL_USERNAME} password=${password};`
          : type === 'oauth'
            ? 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ${strimzienv:KAFKA_CONNECT_OAUTH_CONFIG};'
            : `org.apache.kafka.common.security.scram.ScramLoginModule required username=\${strimzienv:KAFKA_CONNECT_SASL_USERNAME} password=${password};`;
      all('sasl.mechanism', mechanism, at, origin);
      all('sasl.jaas.config', jaas, at, origin);
    }
  }
  return { protocol, entries, at: authPair?.keySpan ?? tlsPair?.keySpan ?? fallback };
}

/** Strimzi's config providers (printConfigProviders), merged with the user's `config.providers`. */
function strimziConfigProviders(configPair: YamlPair | undefined, at: Span): Entry[] {
  const user = mapGet(configPair?.value, 'config.providers');
  const userValue = user ? textOf(user.value) : undefined;
  const origin = 'generated by Strimzi (config providers)';
  const providers = `${userValue ? `${userValue},` : ''}strimzienv,strimzifile,strimzidir,strimzisecrets`;
  return [
    impliedEntry('config.providers', providers, user ? user.span : at, user ? 'spec.config config.providers, extended by Strimzi' : origin),
    impliedEntry('config.providers.strimzienv.class', 'org.apache.kafka.common.config.provider.EnvVarConfigProvider', at, origin),
    impliedEntry('config.providers.strimzienv.param.allowlist.pattern', '.*', at, origin),
    impliedEntry('config.providers.strimzifile.class', 'org.apache.kafka.common.config.provider.FileConfigProvider', at, origin),
    impliedEntry('config.providers.strimzidir.class', 'org.apache.kafka.common.config.provider.DirectoryConfigProvider', at, origin),
    impliedEntry('config.providers.strimzidir.param.allowed.paths', '/opt/kafka', at, origin),
    impliedEntry('config.providers.strimzisecrets.class', 'io.strimzi.kafka.KubernetesSecretConfigProvider', at, origin),
  ];
}

/** Fields of the v1 API that used to be config keys. */
const CONNECT_FIELDS: Record<string, string> = {
  groupId: 'group.id',
  configStorageTopic: 'config.storage.topic',
  offsetStorageTopic: 'offset.storage.topic',
  statusStorageTopic: 'status.storage.topic',
};

/** A Connect worker config as Strimzi generates it from a KafkaConnect spec or a MirrorMaker 2 connect cluster. */
function workerEntries(spec: YamlNode | undefined, at: Span, namespace: string, notes: AdapterNote[], originBase: string, configWhere: string): Entry[] {
  const entries: Entry[] = [];
  const bootstrap = mapGet(spec, 'bootstrapServers');
  const bootstrapEntry = bootstrap ? pairEntry(bootstrap, { key: 'bootstrap.servers', origin: `${originBase}.bootstrapServers` }) : undefined;
  if (bootstrapEntry) entries.push(bootstrapEntry);
  for (const [field, key] of Object.entries(CONNECT_FIELDS)) {
    const pair = mapGet(spec, field);
    const entry = pair ? pairEntry(pair, { key, origin: `${originBase}.${field}` }) : undefined;
    if (entry) entries.push(entry);
  }
  const security = clientSecurity(spec, bootstrap?.keySpan ?? at, namespace, ['', 'producer.', 'consumer.', 'admin.'], originBase);
  entries.push(...security.entries);
  const configPair = mapGet(spec, 'config');
  entries.push(...strimziConfigProviders(configPair, at));
  entries.push(...userConfig(configPair, CONNECT_LIST, notes, 'connect', configWhere).filter((entry) => entry.key !== 'config.providers'));
  entries.push(impliedEntry('listeners', 'http://:8083', at, 'Strimzi: the REST API listens on port 8083 over plain HTTP (Kafka default; Strimzi forbids changing listeners and rest.*)'));
  entries.push(impliedEntry('rest.advertised.port', '8083', at, 'generated by Strimzi'));
  entries.push(impliedEntry('plugin.path', '/opt/kafka/plugins', at, 'generated by Strimzi'));
  // configureSecurityProtocol() runs last in build(): these always win.
  for (const prefix of ['', 'producer.', 'consumer.', 'admin.']) {
    entries.push(impliedEntry(`${prefix}security.protocol`, security.protocol, security.at, `${originBase}.tls / authentication (generated by Strimzi)`));
  }
  return entries;
}

function connectDraft(resource: Resource): DocumentDraft {
  const specPair = mapGet(resource.root, 'spec');
  const spec = specPair?.value;
  const at = specPair ? specPair.keySpan : resource.root.span;
  const notes: AdapterNote[] = [];
  const entries = workerEntries(spec, at, resource.namespace ?? '<namespace>', notes, 'spec', 'spec.config');
  entries.push(...systemProperties(nodeAt(spec, ['jvmOptions', 'javaSystemProperties']), 'spec.jvmOptions.javaSystemProperties'));
  const version = parseKafkaVersion(textOf(mapGet(spec, 'version')?.value) ?? '');
  return {
    format: 'strimzi',
    roles: ['worker'],
    entries,
    ...(resource.name !== undefined ? { name: resource.name, group: strimziConnectGroup(resource.name) } : {}),
    ...(version ? { kafkaVersion: version, kafkaVersionSource: 'Strimzi spec.version' } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** The deployment group tying a KafkaConnect to the KafkaConnectors labelled `strimzi.io/cluster: <name>`. */
export function strimziConnectGroup(name: string): string {
  return `strimzi:${name}`;
}

// --- KafkaConnector --------------------------------------------------------------------------

function connectorDraft(resource: Resource): DocumentDraft | undefined {
  const spec = mapGet(resource.root, 'spec')?.value;
  if (!spec) return undefined;
  const entries: Entry[] = [];
  const notes: AdapterNote[] = [];
  const classPair = mapGet(spec, 'class');
  const classEntry = classPair ? pairEntry(classPair, { key: 'connector.class', origin: 'spec.class' }) : undefined;
  if (classEntry) entries.push(classEntry);
  const tasksPair = mapGet(spec, 'tasksMax');
  const tasksEntry = tasksPair ? pairEntry(tasksPair, { key: 'tasks.max', origin: 'spec.tasksMax' }) : undefined;
  if (tasksEntry) entries.push(tasksEntry);
  for (const pair of pairsOf(mapGet(spec, 'config')?.value)) {
    const entry = pairEntry(pair, { origin: 'spec.config' });
    if (!entry) continue;
    if (CONNECTOR_FORBIDDEN.includes(pair.key)) {
      notes.push({ kind: STRIMZI_IGNORED_KEY, entry, detail: `Strimzi sets ${pair.key} from the KafkaConnector resource (spec.class, spec.tasksMax, metadata.name)` });
      continue;
    }
    entries.push(entry);
  }
  return {
    format: 'strimzi',
    roles: ['connector'],
    entries,
    ...(resource.name !== undefined ? { name: resource.name } : {}),
    ...(resource.cluster !== undefined ? { group: strimziConnectGroup(resource.cluster) } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

// --- KafkaMirrorMaker2 -----------------------------------------------------------------------

interface Mm2Cluster {
  readonly alias: string;
  readonly node: YamlNode;
  readonly path: string;
}

/**
 * KafkaMirrorMaker2 runs a Connect cluster (the target, `spec.connectCluster` in
 * v1beta2, `spec.target` in v1) and, per mirror, MirrorSourceConnector,
 * MirrorCheckpointConnector and MirrorHeartbeatConnector with `source.cluster.*` and
 * `target.cluster.*` client settings.
 */
function mirrorMaker2Drafts(resource: Resource): DocumentDraft[] {
  const specPair = mapGet(resource.root, 'spec');
  const spec = specPair?.value;
  if (!spec) return [];
  const at = specPair!.keySpan;
  const namespace = resource.namespace ?? '<namespace>';
  const group = `strimzi-mm2:${resource.name ?? ''}`;
  const version = parseKafkaVersion(textOf(mapGet(spec, 'version')?.value) ?? '');
  const common = { format: 'strimzi' as const, group, ...(version ? { kafkaVersion: version, kafkaVersionSource: 'Strimzi spec.version' } : {}) };

  const clusters = new Map<string, Mm2Cluster>();
  itemsOf(mapGet(spec, 'clusters')?.value).forEach((node, index) => {
    const alias = textAt(node, ['alias']);
    if (alias) clusters.set(alias, { alias, node, path: `spec.clusters[${index}]` });
  });
  const targetNode = mapGet(spec, 'target')?.value;
  const targetAlias = textAt(targetNode, ['alias']) ?? textAt(spec, ['connectCluster']);
  if (targetNode && targetAlias) clusters.set(targetAlias, { alias: targetAlias, node: targetNode, path: 'spec.target' });
  const connect = targetAlias ? clusters.get(targetAlias) : undefined;

  const drafts: DocumentDraft[] = [];
  if (connect) {
    const notes: AdapterNote[] = [];
    const entries = workerEntries(connect.node, at, namespace, notes, connect.path, `${connect.path}.config`);
    drafts.push({ ...common, roles: ['worker'], entries, name: `${resource.name ?? 'mirror-maker-2'} (connect cluster ${connect.alias})`, ...(notes.length > 0 ? { notes } : {}) });
  }

  itemsOf(mapGet(spec, 'mirrors')?.value).forEach((mirror, index) => {
    const sourceNode = mapGet(mirror, 'source')?.value;
    const sourceAlias = textAt(sourceNode, ['alias']) ?? textAt(mirror, ['sourceCluster']);
    if (sourceNode && sourceAlias) clusters.set(sourceAlias, { alias: sourceAlias, node: sourceNode, path: `spec.mirrors[${index}].source` });
    const target = textAt(mirror, ['targetCluster']) ?? targetAlias;
    const source = sourceAlias ? clusters.get(sourceAlias) : undefined;
    const targetCluster = target ? clusters.get(target) : undefined;
    for (const [field, className] of [
      ['sourceConnector', 'MirrorSourceConnector'],
      ['checkpointConnector', 'MirrorCheckpointConnector'],
      ['heartbeatConnector', 'MirrorHeartbeatConnector'],
    ] as const) {
      const connectorPair = mapGet(mirror, field);
      if (!connectorPair) continue;
      const notes: AdapterNote[] = [];
      const cAt = connectorPair.keySpan;
      const entries: Entry[] = [impliedEntry('connector.class', `org.apache.kafka.connect.mirror.${className}`, cAt, `spec.mirrors[${index}].${field} (generated by Strimzi)`)];
      if (sourceAlias) entries.push(impliedEntry('source.cluster.alias', sourceAlias, cAt, 'generated by Strimzi'));
      if (target) entries.push(impliedEntry('target.cluster.alias', target, cAt, 'generated by Strimzi'));
      for (const [prefix, cluster] of [
        ['source.cluster.', source],
        ['target.cluster.', targetCluster],
      ] as const) {
        if (!cluster) continue;
        const bootstrap = mapGet(cluster.node, 'bootstrapServers');
        const bootstrapEntry = bootstrap ? pairEntry(bootstrap, { key: `${prefix}bootstrap.servers`, origin: `${cluster.path}.bootstrapServers` }) : undefined;
        if (bootstrapEntry) entries.push(bootstrapEntry);
        const security = clientSecurity(cluster.node, bootstrap?.keySpan ?? cAt, namespace, [prefix], cluster.path);
        entries.push(...security.entries);
        entries.push(impliedEntry(`${prefix}security.protocol`, security.protocol, security.at, `${cluster.path}.tls / authentication (generated by Strimzi)`));
      }
      for (const [fieldName, key] of [
        ['topicsPattern', 'topics'],
        ['groupsPattern', 'groups'],
      ] as const) {
        const pair = mapGet(mirror, fieldName);
        const entry = pair ? pairEntry(pair, { key, origin: `spec.mirrors[${index}].${fieldName}` }) : undefined;
        if (entry) entries.push(entry);
      }
      const tasks = mapGet(connectorPair.value, 'tasksMax');
      const tasksEntry = tasks ? pairEntry(tasks, { key: 'tasks.max', origin: `spec.mirrors[${index}].${field}.tasksMax` }) : undefined;
      if (tasksEntry) entries.push(tasksEntry);
      for (const pair of pairsOf(mapGet(connectorPair.value, 'config')?.value)) {
        const entry = pairEntry(pair, { origin: `spec.mirrors[${index}].${field}.config` });
        if (!entry) continue;
        if (CONNECTOR_FORBIDDEN.includes(pair.key)) {
          notes.push({ kind: STRIMZI_IGNORED_KEY, entry, detail: `Strimzi sets ${pair.key} of MirrorMaker 2 connectors itself` });
          continue;
        }
        entries.push(entry);
      }
      drafts.push({
        ...common,
        roles: ['connector'],
        entries,
        name: `${sourceAlias ?? '?'}->${target ?? '?'}.${className}`,
        ...(notes.length > 0 ? { notes } : {}),
      });
    }
  });
  return drafts;
}
