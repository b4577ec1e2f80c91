import { parseJson, type JsonMember, type JsonNode } from '../../parse/json.js';
import type { YamlMap, YamlNode, YamlPair, YamlScalar } from '../../parse/yaml.js';
import { createEntry, type Entry } from '../entry.js';
import type { Span } from '../location.js';
import { joinSpans } from '../location.js';
import type { Role } from '../roles.js';
import type { AdapterNote } from '../config-document.js';
import { parseKafkaVersion, withUnknownPatch, type KafkaVersion } from '../../util/version.js';
import type { DocumentDraft } from './draft.js';
import { COMPONENT_SETTINGS, COMPOSE_OVERLAY, IMAGE_IGNORED_VARIABLE } from './note-kinds.js';
import { apacheEnvKey, bitnamiEnvKey, confluentEnvKey, simpleEnvKey, springMapKey } from './env-names.js';
import { impliedEntry, itemsOf, mapGet, partSpan, textOf, valueSpanOf } from './yaml-nodes.js';
import { secretsInEntry } from '../kafka/secret-patterns.js';

/**
 * docker-compose files: the `environment` of each service whose image turns environment
 * variables into a Kafka or Kafka Connect config, decoded the way that image's start
 * script decodes them (see env-names.ts), plus connector JSON posted with `curl -d '{…}'`
 * in a service's `command`. Every service of one file shares the group `compose:<file>`,
 * so a connector is judged with the worker started next to it. Services of other tools
 * (ZooKeeper, Schema Registry, kafka-ui's own settings, databases) yield nothing, except
 * that kafka-ui's `KAFKA_CLUSTERS_<n>_PROPERTIES_*` are the Kafka client configs it uses.
 */

/** True when the root looks like a compose file (a `services` map of service maps). */
export function isComposeFile(root: YamlNode | undefined, file: string): boolean {
  const services = mapGet(root, 'services')?.value;
  if (services?.kind === 'map') return services.pairs.some((pair) => isServiceLike(pair.value));
  // Compose file format 1 (services at the top level), only under a compose-like name: Helm
  // values (`cp-kafka: {image: …}`) have the same shape.
  return (
    /compose[^/]*\.ya?ml$/i.test(file) &&
    root?.kind === 'map' &&
    root.pairs.length > 0 &&
    root.pairs.every((pair) => isServiceLike(pair.value) && (mapGet(pair.value, 'image') !== undefined || mapGet(pair.value, 'build') !== undefined))
  );
}

function isServiceLike(node: YamlNode): boolean {
  return node.kind === 'map' && node.pairs.some((pair) => SERVICE_KEYS.has(pair.key));
}

const SERVICE_KEYS = new Set(['image', 'build', 'environment', 'command', 'container_name', 'ports', 'depends_on', 'entrypoint', 'volumes', 'hostname', 'extends']);

type Family =
  | 'confluent-broker'
  | 'confluent-connect'
  | 'confluent-component'
  | 'apache'
  | 'bitnami'
  | 'debezium-kafka'
  | 'simple-broker'
  | 'debezium-connect'
  | 'kafka-ui'
  | 'other';

interface Image {
  readonly text: string;
  readonly owner: string;
  readonly name: string;
  readonly tag: string | undefined;
}

/** One environment variable as written: `NAME: value`, `- NAME=value` or `- NAME` (taken from the host). */
interface EnvVar {
  readonly name: string;
  /** Undefined when compose takes the value from the host environment. */
  readonly raw: string | undefined;
  readonly nameSpan: Span;
  readonly valueSpan: Span;
  readonly span: Span;
  /** The scalar holding the value, and where the value starts in its text, for locating parts. */
  readonly scalar: YamlScalar | undefined;
  readonly valueOffset: number;
}

export function composeToDrafts(root: YamlMap, file: string): DocumentDraft[] {
  const servicesNode = mapGet(root, 'services')?.value;
  const services: readonly YamlPair[] = servicesNode?.kind === 'map' ? servicesNode.pairs : root.pairs;
  const group = `compose:${file}`;
  const drafts: DocumentDraft[] = [];
  for (const service of services) {
    if (service.value.kind !== 'map') continue;
    drafts.push(...serviceDrafts(service, group));
  }
  return drafts;
}

function serviceDrafts(service: YamlPair, group: string): DocumentDraft[] {
  const node = service.value as YamlMap;
  const imagePair = mapGet(node, 'image');
  const image = parseImage(textOf(imagePair?.value));
  const env = environmentOf(mapGet(node, 'environment')?.value);
  const names = new Set(env.map((item) => item.name));
  const family = familyOf(image, names);
  const at = imagePair ? imagePair.keySpan : service.keySpan;
  const drafts: DocumentDraft[] = [];
  const version = image ? kafkaVersionOf(family, image) : undefined;
  const base = { group, ...(version ? { kafkaVersion: version, kafkaVersionSource: `image ${image!.text}` } : {}) };
  // A service with neither image nor build only overrides a service of another compose
  // file (`docker compose -f base.yml -f this.yml`): what it does not set is unknown.
  const overlay = !imagePair && !mapGet(node, 'build') && !mapGet(node, 'extends');
  const overlayNotes = (entries: readonly Entry[]): AdapterNote[] =>
    overlay && entries[0] ? [{ kind: COMPOSE_OVERLAY, entry: entries[0], detail: `service ${service.key} has no image: it overrides a service of another compose file, so keys it does not set are unknown here, not Kafka defaults` }] : [];
  // The image used as a command-line tool (`command:` overridden, no config variables): not a server.
  const runsTool = mapGet(node, 'command') !== undefined || mapGet(node, 'entrypoint') !== undefined;

  switch (family.kind) {
    case 'confluent-broker':
    case 'apache':
    case 'bitnami':
    case 'debezium-kafka':
    case 'simple-broker': {
      const { entries, notes } = brokerEntries(family.kind, env, at, family.guessed, image);
      const configured = entries.some((entry) => !entry.key.startsWith('-D') && !entry.origin?.includes('image default'));
      // cp-kafka refuses to start without KAFKA_* config; any image with its command replaced and no config is a client tool.
      if (!configured && (family.kind === 'confluent-broker' || runsTool)) break;
      notes.push(...overlayNotes(entries));
      const roles = rolesFrom(entries);
      drafts.push({ format: 'compose', roles, entries, name: service.key, ...base, ...(notes.length > 0 ? { notes } : {}) });
      break;
    }
    case 'confluent-connect':
    case 'debezium-connect': {
      const entries = workerEntries(family.kind, env, family.guessed);
      if (!entries.some((entry) => !entry.key.startsWith('-D')) && (family.kind === 'confluent-connect' || runsTool)) break;
      const notes = overlayNotes(entries);
      drafts.push({ format: 'compose', roles: ['worker'], entries, name: service.key, ...base, ...(notes.length > 0 ? { notes } : {}) });
      break;
    }
    case 'confluent-component': {
      const component = CONFLUENT_COMPONENTS[image!.name]!;
      const entries = componentEntries(component, env);
      if (entries.length === 0) break;
      const notes: AdapterNote[] = [{ kind: COMPONENT_SETTINGS, entry: entries[0]!, detail: `${component.label} (${image!.text}) logs in to Kafka with credentials of its own: only the secrets its settings hold are judged` }];
      drafts.push({ format: 'compose', roles: ['client'], entries, name: service.key, group, notes });
      break;
    }
    case 'kafka-ui':
      drafts.push(...kafkaUiDrafts(service.key, env, group));
      break;
    default:
      break;
  }
  drafts.push(...commandConnectors(node, service.key, group));
  return drafts;
}

function parseImage(text: string | undefined): Image | undefined {
  if (!text) return undefined;
  const withoutDigest = text.split('@')[0]!;
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > slash;
  const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const segments = path.split('/');
  return {
    text,
    name: segments[segments.length - 1]!.toLowerCase(),
    owner: (segments[segments.length - 2] ?? '').toLowerCase(),
    tag: hasTag ? withoutDigest.slice(colon + 1) : undefined,
  };
}

function familyOf(image: Image | undefined, env: ReadonlySet<string>): { kind: Family; guessed: boolean } {
  const known = image ? familyOfImage(image) : undefined;
  if (known) return { kind: known, guessed: false };
  if (image && !/\$\{?|\{\$/.test(image.text) && isOtherKnownImage(image)) return { kind: 'other', guessed: false };
  // An image we do not know (a local build, `${IMAGE}`, an overlay without image): decide
  // by variables only a Connect worker or a broker is given (a test tool's
  // KAFKA_BOOTSTRAP_SERVERS does not make it a broker).
  if ([...env].some((name) => WORKER_VARIABLE.test(name))) return { kind: 'confluent-connect', guessed: true };
  if ([...env].some((name) => BROKER_VARIABLE.test(name))) return { kind: 'confluent-broker', guessed: true };
  if ([...env].some((name) => name.startsWith('KAFKA_CFG_'))) return { kind: 'bitnami', guessed: true };
  return { kind: 'other', guessed: false };
}

/** Variables that only a Kafka Connect worker image reads. */
const WORKER_VARIABLE =
  /^CONNECT_(BOOTSTRAP_SERVERS|GROUP_ID|(CONFIG|OFFSET|STATUS)_STORAGE_\w+|REST_\w+|PLUGIN_PATH|(KEY|VALUE)_CONVERTER\w*|CONFIG_PROVIDERS\w*|CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY|LISTENERS\w*|(PRODUCER|CONSUMER|ADMIN)_\w+|SECURITY_PROTOCOL|SASL_\w+|SSL_\w+)$/;

/** Variables that only a broker or controller image reads. */
const BROKER_VARIABLE =
  /^KAFKA_(ADVERTISED_LISTENERS|LISTENERS|PROCESS_ROLES|BROKER_ID|NODE_ID|ZOOKEEPER_CONNECT|LISTENER_SECURITY_PROTOCOL_MAP|INTER_BROKER_LISTENER_NAME|SECURITY_INTER_BROKER_PROTOCOL|AUTHORIZER_CLASS_NAME|SUPER_USERS|LISTENER_NAME_\w+|SASL_ENABLED_MECHANISMS|SASL_MECHANISM_INTER_BROKER_PROTOCOL|CONTROLLER_\w+|ALLOW_EVERYONE_IF_NO_ACL_FOUND|SSL_CLIENT_AUTH|LOG_DIRS|OFFSETS_TOPIC_REPLICATION_FACTOR)$/;

function familyOfImage(image: Image): Family | undefined {
  const { owner, name } = image;
  if (/^cp-(kafka|server)-connect(-base)?$/.test(name) || name === 'cp-enterprise-replicator') return 'confluent-connect';
  if (name === 'cp-kafka' || name === 'cp-enterprise-kafka' || name === 'cp-server' || name === 'confluent-local' || /^cp-server-(?!connect)[a-z0-9-]+$/.test(name)) {
    return 'confluent-broker';
  }
  if (owner === 'apache' && (name === 'kafka' || name === 'kafka-native')) return 'apache';
  if (name === 'kafka' && /^bitnami/.test(owner)) return 'bitnami';
  if (name === 'kafka' && owner === 'debezium') return 'debezium-kafka';
  if ((name === 'kafka' && owner === 'wurstmeister') || (name === 'example-kafka' && owner === 'strimzi')) return 'simple-broker';
  if ((name === 'connect' || name === 'connect-base') && owner === 'debezium') return 'debezium-connect';
  if (name === 'kafka-ui') return 'kafka-ui';
  // By name, whoever hosts the image (`${REPOSITORY}/cp-schema-registry`), as for the brokers.
  if (Object.hasOwn(CONFLUENT_COMPONENTS, name)) return 'confluent-component';
  return undefined;
}

/** Confluent images of other components: their KAFKA_* / CONNECT_* variables are not a broker's or worker's. */
function isOtherKnownImage(image: Image): boolean {
  return /^cp-|^ksqldb|^confluent-/.test(image.name) && image.owner === 'confluentinc';
}

// --- environment ---------------------------------------------------------------------------

function environmentOf(node: YamlNode | undefined): EnvVar[] {
  if (!node) return [];
  const out: EnvVar[] = [];
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      const value = pair.value;
      const scalar = value.kind === 'scalar' ? value : undefined;
      out.push({
        name: pair.key,
        raw: scalar && scalar.value !== null ? scalar.text : undefined,
        nameSpan: pair.keySpan,
        valueSpan: scalar && scalar.value !== null ? valueSpanOf(scalar) : pair.keySpan,
        span: joinSpans(pair.keySpan, value.span),
        scalar,
        valueOffset: 0,
      });
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) {
      if (item.kind !== 'scalar' || item.value === null) continue;
      const text = item.text;
      const equals = text.indexOf('=');
      const name = (equals === -1 ? text : text.slice(0, equals)).trim();
      if (name === '') continue;
      out.push({
        name,
        raw: equals === -1 ? undefined : text.slice(equals + 1),
        nameSpan: partSpan(item, 0, equals === -1 ? text.length : equals),
        valueSpan: equals === -1 ? item.span : partSpan(item, equals + 1, text.length),
        span: item.span,
        scalar: item,
        valueOffset: equals + 1,
      });
    }
  }
  return out;
}

/**
 * What compose hands the container: `$$` is a literal `$`; `$VAR`, `${VAR}`,
 * `${VAR:-default}` … are replaced from the host environment, so such a value is a
 * template, not a literal. A variable with no value (`- NAME`, `NAME:`) is taken from the
 * host environment too and is represented as `${NAME}`.
 */
export function composeValue(raw: string | undefined, name: string): { value: string; isTemplate: boolean } {
  if (raw === undefined) return { value: `\${${name}}`, isTemplate: true };
  let isTemplate = false;
  let value = '';
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === '$') {
      const next = raw[i + 1];
      if (next === '$') {
        value += '$';
        i++;
        continue;
      }
      if (next === '{' || (next !== undefined && /[A-Za-z_]/.test(next))) isTemplate = true;
    }
    value += char;
  }
  return { value, isTemplate };
}

function envEntry(variable: EnvVar, key: string, origin?: string): Entry {
  const { value, isTemplate } = composeValue(variable.raw, variable.name);
  return createEntry({
    key,
    value,
    span: variable.span,
    valueSpan: variable.valueSpan,
    origin: origin ?? `environment ${variable.name}`,
    ...(isTemplate ? { isTemplate: true } : {}),
  });
}

/** JVM options the Kafka start scripts pass to `java` (kafka-run-class.sh), word-split as the shell does. */
const JVM_OPTION_VARIABLES = new Set(['KAFKA_OPTS', 'KAFKA_JMX_OPTS', 'KAFKA_HEAP_OPTS', 'KAFKA_JVM_PERFORMANCE_OPTS', 'KAFKA_GC_LOG_OPTS', 'KAFKA_LOG4J_OPTS', 'EXTRA_ARGS']);

/** `-Dname=value` system properties as entries keyed `-Dname` (`-Dname` alone sets ""). */
function jvmFlagEntries(variable: EnvVar): Entry[] {
  if (variable.raw === undefined) return [];
  const out: Entry[] = [];
  for (const match of variable.raw.matchAll(/\S+/g)) {
    const word = match[0];
    if (!word.startsWith('-D') || word.length < 3) continue;
    const equals = word.indexOf('=');
    const key = equals === -1 ? word : word.slice(0, equals);
    const rawValue = equals === -1 ? '' : word.slice(equals + 1);
    const { value, isTemplate } = composeValue(rawValue, key);
    const start = variable.valueOffset + match.index;
    const span = variable.scalar ? partSpan(variable.scalar, start, start + word.length) : variable.span;
    const valueSpan = variable.scalar && equals !== -1 ? partSpan(variable.scalar, start + equals + 1, start + word.length) : span;
    out.push(createEntry({ key, value, span, valueSpan, origin: `environment ${variable.name}`, ...(isTemplate ? { isTemplate: true } : {}) }));
  }
  return out;
}

// --- Confluent components ------------------------------------------------------------------

interface Component {
  readonly label: string;
  /** Variables the template names one by one. */
  readonly exact?: Readonly<Record<string, string>>;
  /** Variable prefix → property prefix, as the image's properties template maps them; the first that matches. */
  readonly prefixes: readonly (readonly [string, string])[];
}

const KSQLDB: Component = { label: 'ksqlDB', prefixes: [['KSQL_', '']] };
// control-center.properties.template (the classic image and the next-gen one): a few
// variables by name, the metrics reporter's, the monitoring interceptor's, RBAC's metadata
// client, then env_to_props('CONTROL_CENTER_', 'confluent.controlcenter.').
const CONTROL_CENTER: Component = {
  label: 'Control Center',
  exact: { CONTROL_CENTER_BOOTSTRAP_SERVERS: 'bootstrap.servers', CONTROL_CENTER_ZOOKEEPER_CONNECT: 'zookeeper.connect', CONTROL_CENTER_LICENSE: 'confluent.license' },
  prefixes: [
    ['CONTROL_CENTER_METRICS_', 'confluent.metrics.'],
    ['CONFLUENT_METRICS_', 'confluent.metrics.'],
    ['CONTROL_CENTER_MONITORING_INTERCEPTOR_', 'confluent.monitoring.interceptor.'],
    ['CONFLUENT_METADATA_', 'confluent.metadata.'],
    ['CONFLUENT_SUPPORT_', 'confluent.support.'],
    ['CONTROL_CENTER_', 'confluent.controlcenter.'],
  ],
};

/**
 * Confluent Platform components that log in to Kafka as clients, with the properties their
 * images write from the environment (each image's `*.properties.template`): their Kafka
 * credentials (`kafkastore.sasl.jaas.config`, `sasl.jaas.config`,
 * `confluent.controlcenter.streams.sasl.jaas.config`, `client.ssl.key.password`, …) and TLS
 * keystore passwords are in these variables.
 */
const CONFLUENT_COMPONENTS: Readonly<Record<string, Component>> = {
  'cp-schema-registry': { label: 'Schema Registry', prefixes: [['SCHEMA_REGISTRY_', '']] },
  'cp-ksqldb-server': KSQLDB,
  'ksqldb-server': KSQLDB,
  'cp-ksql-server': KSQLDB,
  'cp-kafka-rest': { label: 'REST Proxy', prefixes: [['KAFKA_REST_', '']] },
  'cp-enterprise-control-center': CONTROL_CENTER,
  'cp-enterprise-control-center-next-gen': CONTROL_CENTER,
};

/**
 * The settings of a component that hold a secret (its JVM options, `*_OPTS`, as -D entries,
 * as for the brokers). Only those: which of a component's settings reach its Kafka clients,
 * and which are its own HTTPS listener's (Schema Registry's and REST Proxy's unprefixed
 * `ssl.*`) or are overridden (ksqlDB's `ksql.streams.*`), is not modelled, so its other
 * settings are not judged as a Kafka client's.
 */
function componentEntries(component: Component, env: readonly EnvVar[]): Entry[] {
  const entries: Entry[] = [];
  for (const variable of env) {
    if (variable.name.endsWith('_OPTS')) {
      entries.push(...jvmFlagEntries(variable));
      continue;
    }
    if (variable.name.includes('_LOG4J_')) continue;
    const origin = `environment ${variable.name} of ${component.label}`;
    const exact = component.exact?.[variable.name];
    if (exact !== undefined) {
      entries.push(envEntry(variable, exact, origin));
      continue;
    }
    const prefix = component.prefixes.find(([name]) => variable.name.startsWith(name));
    if (prefix) entries.push(envEntry(variable, envToProperty(variable.name, ...prefix)!, origin));
  }
  return entries.filter((entry) => secretsInEntry(entry).length > 0);
}

/**
 * Confluent's env_to_props for one variable: the property `propertyPrefix` + what follows
 * `variablePrefix` in `name`, decoded as the images do; undefined without that prefix.
 */
function envToProperty(name: string, variablePrefix: string, propertyPrefix = ''): string | undefined {
  return name.startsWith(variablePrefix) ? `${propertyPrefix}${confluentEnvKey(name.slice(variablePrefix.length))}` : undefined;
}

// --- brokers ---------------------------------------------------------------------------------

/** Variables the Confluent and Apache images consume themselves instead of writing them to server.properties. */
const IMAGE_EXCLUDED = new Set([
  'KAFKA_VERSION',
  'KAFKA_HEAP_OPTS',
  'KAFKA_LOG4J_OPTS',
  'KAFKA_OPTS',
  'KAFKA_JMX_OPTS',
  'KAFKA_JVM_PERFORMANCE_OPTS',
  'KAFKA_GC_LOG_OPTS',
  'KAFKA_LOG4J_ROOT_LOGLEVEL',
  'KAFKA_LOG4J_LOGGERS',
  'KAFKA_TOOLS_LOG4J_LOGLEVEL',
]);

/**
 * The SSL helper variables of the Confluent and Apache `configure` scripts: the keystore
 * and truststore file names and the files holding their passwords, from which the script
 * exports `KAFKA_SSL_KEYSTORE_LOCATION`, `KAFKA_SSL_KEYSTORE_PASSWORD`, … . They become the
 * real keys below; the helper names themselves are not Kafka configs.
 */
const SSL_HELPERS: Record<string, { key: string; value: (file: string) => string; secret: boolean }> = {
  KAFKA_SSL_KEYSTORE_FILENAME: { key: 'ssl.keystore.location', value: (file) => `/etc/kafka/secrets/${file}`, secret: false },
  KAFKA_SSL_KEY_CREDENTIALS: { key: 'ssl.key.password', value: (file) => `<contents of /etc/kafka/secrets/${file}>`, secret: true },
  KAFKA_SSL_KEYSTORE_CREDENTIALS: { key: 'ssl.keystore.password', value: (file) => `<contents of /etc/kafka/secrets/${file}>`, secret: true },
  KAFKA_SSL_TRUSTSTORE_FILENAME: { key: 'ssl.truststore.location', value: (file) => `/etc/kafka/secrets/${file}`, secret: false },
  KAFKA_SSL_TRUSTSTORE_CREDENTIALS: { key: 'ssl.truststore.password', value: (file) => `<contents of /etc/kafka/secrets/${file}>`, secret: true },
};

/** Variables of wurstmeister/kafka's and debezium/kafka's scripts that are not server.properties keys. */
const SIMPLE_EXCLUDED = new Set([...IMAGE_EXCLUDED, 'KAFKA_HOME', 'KAFKA_CREATE_TOPICS', 'KAFKA_ADVERTISED_PROTOCOL_NAME', 'KAFKA_PROTOCOL_NAME', 'KAFKA_DEBUG', 'KAFKA_CHECKSUM', 'KAFKA_BROKER']);

/**
 * bitnami/kafka's own credential variables and where its libkafka.sh writes them. The TLS
 * passwords go to one key each (kafka_configure_ssl, kafka_zookeeper_configure_tls). The SASL
 * passwords become `password=` and `user_<name>=` options of the JAAS configuration of every
 * SASL listener (kafka_configure_server_jaas) or of ZooKeeper's login; they keep their own
 * name (src/model/kafka/secret-keys.ts knows them), so the finding names what was written.
 */
const BITNAMI_CREDENTIALS: Readonly<Record<string, { key: string; writes: string }>> = {
  KAFKA_CERTIFICATE_PASSWORD: { key: 'ssl.key.password', writes: 'ssl.key.password and, for JKS, the keystore and truststore passwords' },
  KAFKA_ZOOKEEPER_TLS_KEYSTORE_PASSWORD: { key: 'zookeeper.ssl.keystore.password', writes: 'zookeeper.ssl.keystore.password' },
  KAFKA_ZOOKEEPER_TLS_TRUSTSTORE_PASSWORD: { key: 'zookeeper.ssl.truststore.password', writes: 'zookeeper.ssl.truststore.password' },
  KAFKA_CLIENT_PASSWORDS: { key: 'KAFKA_CLIENT_PASSWORDS', writes: "its SASL listeners' JAAS configuration (user_<name> options)" },
  KAFKA_INTER_BROKER_PASSWORD: { key: 'KAFKA_INTER_BROKER_PASSWORD', writes: "the inter-broker listener's JAAS configuration" },
  KAFKA_CONTROLLER_PASSWORD: { key: 'KAFKA_CONTROLLER_PASSWORD', writes: "the controller listener's JAAS configuration" },
  KAFKA_ZOOKEEPER_PASSWORD: { key: 'KAFKA_ZOOKEEPER_PASSWORD', writes: "its ZooKeeper login's JAAS configuration" },
};

function brokerEntries(family: Family, env: readonly EnvVar[], at: Span, guessed: boolean, image: Image | undefined): { entries: Entry[]; notes: AdapterNote[] } {
  const entries: Entry[] = [];
  const notes: AdapterNote[] = [];
  const suffix = guessed ? ' (image not recognised; decoded as the Confluent and Apache images do)' : '';
  const byName = new Map(env.map((variable) => [variable.name, variable]));
  // bitnami/kafka sets its credentials after every KAFKA_CFG_* (kafka_initialize): they win, whatever the order in the file.
  const credentials: Entry[] = [];
  for (const variable of env) {
    if (JVM_OPTION_VARIABLES.has(variable.name)) {
      entries.push(...jvmFlagEntries(variable));
      continue;
    }
    const credential = family === 'bitnami' ? BITNAMI_CREDENTIALS[variable.name] : undefined;
    if (credential) {
      // libkafka.sh skips empty values (`is_empty_value`).
      if (variable.raw !== undefined && variable.raw !== '') credentials.push(envEntry(variable, credential.key, `environment ${variable.name}, which bitnami/kafka writes to ${credential.writes}`));
      continue;
    }
    const key = brokerKey(family, variable.name, image);
    if (key === undefined) continue;
    if (key === null) {
      const helper = SSL_HELPERS[variable.name];
      if (helper && variable.raw !== undefined) {
        const { value, isTemplate } = composeValue(variable.raw, variable.name);
        entries.push(
          createEntry({
            key: helper.key,
            value: helper.value(value),
            span: variable.span,
            valueSpan: variable.valueSpan,
            origin: `environment ${variable.name} (read by the image's configure script)`,
            ...(helper.secret || isTemplate ? { isTemplate: true } : {}),
          }),
        );
      }
      continue;
    }
    if (family === 'bitnami' && (variable.raw === undefined || variable.raw === '')) {
      // libkafka.sh skips empty values (`is_empty_value`): the key keeps its default.
      const skipped = envEntry(variable, key);
      notes.push({ kind: IMAGE_IGNORED_VARIABLE, entry: skipped, detail: `bitnami/kafka ignores the empty variable ${variable.name}` });
      continue;
    }
    entries.push(envEntry(variable, key, `environment ${variable.name}${suffix}`));
  }

  entries.push(...credentials);

  const listeners = byName.get('KAFKA_LISTENERS') ?? byName.get('KAFKA_CFG_LISTENERS');
  const advertised = byName.get('KAFKA_ADVERTISED_LISTENERS');
  const processRoles = byName.get('KAFKA_PROCESS_ROLES')?.raw?.trim();
  if ((family === 'confluent-broker' || family === 'apache') && !listeners && advertised?.raw !== undefined && processRoles !== 'controller') {
    // configure: "By default, LISTENERS is derived from ADVERTISED_LISTENERS by replacing
    // hosts with 0.0.0.0" (sed 's|://[^:]*:|://0.0.0.0:|g' in the apache image, `ub listeners` in Confluent's).
    const { value, isTemplate } = composeValue(advertised.raw, advertised.name);
    entries.push(
      createEntry({
        key: 'listeners',
        value: value.replace(/:\/\/[^:]*:/g, '://0.0.0.0:'),
        span: advertised.span,
        valueSpan: advertised.valueSpan,
        origin: 'environment KAFKA_ADVERTISED_LISTENERS (listeners derived by the image)',
        ...(isTemplate ? { isTemplate: true } : {}),
      }),
    );
  }
  if (family === 'debezium-kafka') entries.push(...debeziumKafkaDefaults(byName, at));
  return { entries, notes };
}

/** The Kafka key a broker image makes of a variable; null for image helpers, undefined when it is not a key. */
function brokerKey(family: Family, name: string, image: Image | undefined): string | null | undefined {
  switch (family) {
    case 'confluent-broker':
      // kafka.properties.template: env_to_props('CONFLUENT_SUPPORT_', 'confluent.support.') in
      // every broker image, env_to_props('CONFLUENT_METRICS_', 'confluent.metrics.') in
      // cp-server and cp-enterprise-kafka (the metrics reporter's clients: their JAAS
      // configuration and passwords), not in cp-kafka or confluent-local.
      if (name.startsWith('CONFLUENT_SUPPORT_')) return envToProperty(name, 'CONFLUENT_SUPPORT_', 'confluent.support.');
      if (name.startsWith('CONFLUENT_METRICS_')) return image?.name === 'cp-kafka' || image?.name === 'confluent-local' ? undefined : envToProperty(name, 'CONFLUENT_METRICS_', 'confluent.metrics.');
      if (!name.startsWith('KAFKA_') || IMAGE_EXCLUDED.has(name)) return undefined;
      if (name in SSL_HELPERS) return null;
      // kafka.properties.template of cp-kafka 7.x+: "properties that don't fit the standard format".
      if (name === 'KAFKA_ZOOKEEPER_CLIENT_CNXN_SOCKET') return 'zookeeper.clientCnxnSocket';
      return envToProperty(name, 'KAFKA_');
    case 'apache':
      if (!name.startsWith('KAFKA_') || IMAGE_EXCLUDED.has(name)) return undefined;
      if (name in SSL_HELPERS) return null;
      return apacheEnvKey(name.slice('KAFKA_'.length));
    case 'bitnami':
      // Other KAFKA_* variables (KAFKA_CLIENT_USERS, KAFKA_TLS_TYPE, …) are Bitnami's own settings.
      return name.startsWith('KAFKA_CFG_') ? bitnamiEnvKey(name.slice('KAFKA_CFG_'.length)) : undefined;
    case 'debezium-kafka':
    case 'simple-broker':
      if (!name.startsWith('KAFKA_') || SIMPLE_EXCLUDED.has(name)) return undefined;
      return simpleEnvKey(name.slice('KAFKA_'.length));
    default:
      return undefined;
  }
}

/**
 * debezium/kafka's docker-entrypoint.sh defaults: without KAFKA_LISTENERS it listens on
 * `PLAINTEXT://<host>:9092` (plus `CONTROLLER://<host>:9093` in KRaft mode, chosen by
 * CLUSTER_ID), and KRaft mode starts from Kafka's config/kraft/*.properties, whose
 * listener.security.protocol.map maps CONTROLLER to PLAINTEXT.
 */
function debeziumKafkaDefaults(byName: ReadonlyMap<string, EnvVar>, at: Span): Entry[] {
  const out: Entry[] = [];
  const kraft = byName.has('CLUSTER_ID');
  const role = (byName.get('NODE_ROLE')?.raw ?? 'combined').trim();
  const origin = 'debezium/kafka image default';
  if (!byName.has('KAFKA_LISTENERS')) {
    const value = !kraft || role === 'broker' ? 'PLAINTEXT://:9092' : role === 'controller' ? 'PLAINTEXT://:9093' : 'PLAINTEXT://:9092,CONTROLLER://:9093';
    out.push(impliedEntry('listeners', value, at, origin));
  }
  if (kraft) {
    const roles = role === 'broker' ? 'broker' : role === 'controller' ? 'controller' : 'broker,controller';
    if (!byName.has('KAFKA_PROCESS_ROLES')) out.push(impliedEntry('process.roles', roles, byName.get('NODE_ROLE')?.span ?? at, origin));
    if (!byName.has('KAFKA_CONTROLLER_LISTENER_NAMES')) out.push(impliedEntry('controller.listener.names', 'CONTROLLER', at, `${origin} (config/kraft/server.properties)`));
    if (!byName.has('KAFKA_LISTENER_SECURITY_PROTOCOL_MAP')) {
      out.push(
        impliedEntry('listener.security.protocol.map', 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL', at, `${origin} (config/kraft/server.properties)`),
      );
    }
  }
  return out;
}

function rolesFrom(entries: readonly Entry[]): Role[] {
  const processRoles = [...entries].reverse().find((entry) => entry.key === 'process.roles' && !entry.isTemplate)?.value;
  if (processRoles !== undefined) {
    const roles = processRoles.split(',').map((role) => role.trim().toLowerCase());
    const out: Role[] = [];
    if (roles.includes('broker')) out.push('broker');
    if (roles.includes('controller')) out.push('controller');
    if (out.length > 0) return out;
  }
  return ['broker'];
}

// --- Connect workers -------------------------------------------------------------------------

/** debezium/connect's own variable names (docker-entrypoint.sh exports them as CONNECT_*). */
const DEBEZIUM_CONNECT_NAMES: Record<string, string> = {
  BOOTSTRAP_SERVERS: 'bootstrap.servers',
  GROUP_ID: 'group.id',
  CONFIG_STORAGE_TOPIC: 'config.storage.topic',
  OFFSET_STORAGE_TOPIC: 'offset.storage.topic',
  STATUS_STORAGE_TOPIC: 'status.storage.topic',
  KEY_CONVERTER: 'key.converter',
  VALUE_CONVERTER: 'value.converter',
  REST_PORT: 'rest.port',
  REST_HOST_NAME: 'rest.host.name',
  ADVERTISED_PORT: 'rest.advertised.port',
  ADVERTISED_HOST_NAME: 'rest.advertised.host.name',
  OFFSET_FLUSH_INTERVAL_MS: 'offset.flush.interval.ms',
  OFFSET_FLUSH_TIMEOUT_MS: 'offset.flush.timeout.ms',
  SHUTDOWN_TIMEOUT: 'task.shutdown.graceful.timeout.ms',
};

function workerEntries(family: Family, env: readonly EnvVar[], guessed: boolean): Entry[] {
  const entries: Entry[] = [];
  const suffix = guessed ? ' (image not recognised; decoded as the Confluent images do)' : '';
  const explicit = new Set(env.map((variable) => variable.name));
  for (const variable of env) {
    if (JVM_OPTION_VARIABLES.has(variable.name)) {
      entries.push(...jvmFlagEntries(variable));
      continue;
    }
    if (family === 'debezium-connect') {
      const mapped = DEBEZIUM_CONNECT_NAMES[variable.name];
      // The entrypoint overwrites CONNECT_<X> with the short variable's value (or its default).
      if (mapped !== undefined) {
        entries.push(envEntry(variable, mapped));
        continue;
      }
      if (variable.name.startsWith('CONNECT_')) {
        const key = simpleEnvKey(variable.name.slice('CONNECT_'.length));
        if (Object.values(DEBEZIUM_CONNECT_NAMES).includes(key) && [...explicit].some((name) => DEBEZIUM_CONNECT_NAMES[name] === key)) continue;
        if (key.startsWith('log4j.')) continue; // written to log4j.properties, not the worker config
        entries.push(envEntry(variable, key));
      }
      continue;
    }
    // confluentinc/kafka-images kafka-connect.properties.template: env_to_props('CONNECT_', '').
    const key = envToProperty(variable.name, 'CONNECT_');
    if (key !== undefined) entries.push(envEntry(variable, key, `environment ${variable.name}${suffix}`));
  }
  return entries;
}

// --- kafka-ui -------------------------------------------------------------------------------

function kafkaUiDrafts(service: string, env: readonly EnvVar[], group: string): DocumentDraft[] {
  const clusters = new Map<string, { name: string | undefined; entries: Entry[] }>();
  for (const variable of env) {
    const match = /^KAFKA_CLUSTERS_(\d+)_(.+)$/.exec(variable.name);
    if (!match) continue;
    const [, index, rest] = match as unknown as [string, string, string];
    const cluster = clusters.get(index) ?? { name: undefined, entries: [] };
    clusters.set(index, cluster);
    if (rest === 'NAME') cluster.name = variable.raw;
    else if (rest === 'BOOTSTRAPSERVERS') cluster.entries.push(envEntry(variable, 'bootstrap.servers'));
    else if (rest.startsWith('PROPERTIES_')) cluster.entries.push(envEntry(variable, springMapKey(rest.slice('PROPERTIES_'.length))));
  }
  const out: DocumentDraft[] = [];
  for (const [index, cluster] of [...clusters].sort(([a], [b]) => Number(a) - Number(b))) {
    if (cluster.entries.length === 0) continue;
    out.push({ format: 'compose', roles: ['client'], entries: cluster.entries, name: `${service} (kafka-ui cluster ${cluster.name ?? index})`, group });
  }
  return out;
}

// --- connector JSON in a command -------------------------------------------------------------

/**
 * `curl … -d '{"name": …, "config": {…}}'` (or the flat config of `PUT
 * /connectors/<name>/config`) inside a service's `command` or `entrypoint`. Only
 * single-quoted JSON that parses is read; anything else is a shell script we do not run.
 */
function commandConnectors(service: YamlMap, serviceName: string, group: string): DocumentDraft[] {
  const out: DocumentDraft[] = [];
  for (const key of ['command', 'entrypoint']) {
    for (const item of itemsOf(mapGet(service, key)?.value)) {
      if (item.kind !== 'scalar' || typeof item.value !== 'string') continue;
      out.push(...connectorsInScript(item, serviceName, group));
    }
  }
  return out;
}

function connectorsInScript(scalar: YamlScalar, serviceName: string, group: string): DocumentDraft[] {
  const text = scalar.text;
  const out: DocumentDraft[] = [];
  for (const match of text.matchAll(/(?:^|\s)(?:-d|--data|--data-raw|--data-binary)\s+'/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("'", start);
    if (end === -1) continue;
    const body = text.slice(start, end);
    if (!body.trimStart().startsWith('{')) continue;
    const parsed = parseJson(body);
    if (!parsed.ok || parsed.value.kind !== 'object') continue;
    const before = text.slice(Math.max(0, text.lastIndexOf('curl', match.index)), match.index);
    const urlName = /\/connectors\/([^/\s'"?]+)\/config/.exec(before)?.[1];
    const draft = connectorFromJson(parsed.value, scalar, start, body, urlName, serviceName, group);
    if (draft) out.push(draft);
  }
  return out;
}

function connectorFromJson(root: JsonNode & { kind: 'object' }, scalar: YamlScalar, bodyStart: number, body: string, urlName: string | undefined, serviceName: string, group: string): DocumentDraft | undefined {
  const config = root.members.find((member) => member.key === 'config');
  const members: readonly JsonMember[] = config?.value.kind === 'object' ? config.value.members : root.members;
  if (!members.some((member) => member.key === 'connector.class')) return undefined;
  const nameMember = root.members.find((member) => member.key === 'name');
  const name = nameMember?.value.kind === 'string' ? nameMember.value.value : urlName;
  const offsetOf = lineStarts(body);
  const toOffset = (line: number, column: number): number => (offsetOf[line - 1] ?? 0) + column - 1;
  const entries: Entry[] = [];
  for (const member of members) {
    const raw = jsonScalar(member.value);
    if (raw === undefined) continue;
    const { value, isTemplate } = composeValue(raw, member.key);
    const keyStart = bodyStart + toOffset(member.keySpan.line, member.keySpan.column);
    const valueStart = bodyStart + toOffset(member.value.span.line, member.value.span.column);
    const valueEnd = bodyStart + toOffset(member.value.span.endLine, member.value.span.endColumn);
    const keySpan = partSpan(scalar, keyStart, bodyStart + toOffset(member.keySpan.endLine, member.keySpan.endColumn));
    const valueSpan = partSpan(scalar, valueStart, valueEnd);
    entries.push(
      createEntry({ key: member.key, value, span: joinSpans(keySpan, valueSpan), valueSpan, origin: `command of service ${serviceName}`, ...(isTemplate ? { isTemplate: true } : {}) }),
    );
  }
  return { format: 'compose', roles: ['connector'], entries, name: name ?? `${serviceName} connector`, group };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function jsonScalar(node: JsonNode): string | undefined {
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'number':
      return node.raw;
    case 'boolean':
      return String(node.value);
    default:
      return undefined;
  }
}

// --- versions --------------------------------------------------------------------------------

/**
 * Confluent Platform release line → the Apache Kafka release line it ships (CP x.y → AK),
 * as Confluent's interoperability table lists them ("7.9.x | 3.9.x"). Only the lines
 * correspond: a CP x.y.0 release ships Apache Kafka's a.b.0, but CP patch releases carry
 * Confluent's own Kafka builds (`7.9.1-ccs`) with backports and outnumber Kafka's patch
 * releases (CP 7.3.15 and 7.9.11 exist; Kafka 3.3 ended at 3.3.2), so a CP x.y.z tag with
 * z > 0 names Kafka a.b with an unknown patch level.
 */
const CP_TO_KAFKA: Record<string, string> = {
  '4.0': '1.0',
  '4.1': '1.1',
  '5.0': '2.0',
  '5.1': '2.1',
  '5.2': '2.2',
  '5.3': '2.3',
  '5.4': '2.4',
  '5.5': '2.5',
  '6.0': '2.6',
  '6.1': '2.7',
  '6.2': '2.8',
  '7.0': '3.0',
  '7.1': '3.1',
  '7.2': '3.2',
  '7.3': '3.3',
  '7.4': '3.4',
  '7.5': '3.5',
  '7.6': '3.6',
  '7.7': '3.7',
  '7.8': '3.8',
  '7.9': '3.9',
  '8.0': '4.0',
  '8.1': '4.1',
};

/**
 * The Kafka version an image tag names: apache/kafka:3.9.0 → 3.9.0; a Confluent
 * Platform tag maps to its Kafka release line (cp-kafka:7.6.0 → 3.6.0, cp-kafka:7.6.1 →
 * 3.6.x: see CP_TO_KAFKA); bitnami/kafka:3.4 → 3.4.0; wurstmeister/kafka:2.13-2.8.1 →
 * 2.8.1. Undefined for `latest`, `${TAG}` and images whose tag is not a Kafka version
 * (debezium/kafka:2.7).
 */
export function kafkaVersionOfImage(imageText: string): KafkaVersion | undefined {
  const image = parseImage(imageText);
  if (!image) return undefined;
  const family = familyOfImage(image);
  return family ? kafkaVersionOf({ kind: family, guessed: false }, image) : undefined;
}

function kafkaVersionOf(family: { kind: Family; guessed: boolean }, image: Image): KafkaVersion | undefined {
  if (family.guessed || !image.tag) return undefined;
  const tag = image.tag;
  switch (family.kind) {
    case 'apache':
    case 'bitnami': {
      const match = /^(\d+\.\d+(?:\.\d+)?)(?:$|[-_])/.exec(tag);
      return match ? parseKafkaVersion(match[1]!) : undefined;
    }
    case 'confluent-broker':
    case 'confluent-connect': {
      const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:$|[.-])/.exec(tag);
      const kafka = match ? parseKafkaVersion(CP_TO_KAFKA[`${match[1]}.${match[2]}`] ?? '') : undefined;
      if (!kafka) return undefined;
      return match![3] === '0' ? kafka : withUnknownPatch(kafka);
    }
    case 'simple-broker': {
      const match = /^\d+\.\d+-(\d+\.\d+\.\d+)$/.exec(tag);
      return match ? parseKafkaVersion(match[1]!) : undefined;
    }
    default:
      return undefined;
  }
}
