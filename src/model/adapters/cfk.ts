import { parseProperties } from '../../parse/properties.js';
import type { YamlMap, YamlNode, YamlPair } from '../../parse/yaml.js';
import { createEntry, type Entry } from '../entry.js';
import type { Span } from '../location.js';
import type { Role } from '../roles.js';
import { kafkaVersionOfImage } from './compose.js';
import type { DocumentDraft } from './draft.js';
import { impliedEntry, isTrue, itemsOf, mapGet, nodeAt, pairEntry, pairsOf, partSpan, textAt, textOf } from './yaml-nodes.js';

/**
 * Confluent for Kubernetes (platform.confluent.io) resources: `Kafka`, `KRaftController`,
 * `Connect` and `Connector`, as the server.properties / connect properties CFK renders
 * from them. CFK's listeners are INTERNAL (9071), EXTERNAL (9092) and REPLICATION (9072,
 * inheriting the internal listener's settings unless given), plus `custom` ones; each is
 * SSL when `tls.enabled: true` and SASL when its `authentication.type` is plain, ldap,
 * oauth or scram, with `ssl.client.auth=required` for `mtls`. Credentials come from
 * Kubernetes secrets (`secretRef`), never from the resource, so CFK yields no JAAS
 * entries. `configOverrides.server` lines are entries as written; `configOverrides.jvm`
 * `-D` flags become `-Dname` entries.
 */

export function cfkToDrafts(roots: readonly YamlMap[]): DocumentDraft[] {
  const drafts: DocumentDraft[] = [];
  for (const root of roots) {
    const kind = textAt(root, ['kind']);
    const name = textAt(root, ['metadata', 'name']);
    const specPair = mapGet(root, 'spec');
    if (!specPair) continue;
    switch (kind) {
      case 'Kafka':
        drafts.push(kafkaDraft(specPair, name, false));
        break;
      case 'KRaftController':
        drafts.push(kafkaDraft(specPair, name, true));
        break;
      case 'Connect':
        drafts.push(connectDraft(specPair, name));
        break;
      case 'Connector': {
        const draft = connectorDraft(specPair, name);
        if (draft) drafts.push(draft);
        break;
      }
      default:
        break;
    }
  }
  return drafts;
}

/** The deployment group of a CFK Connect cluster and the Connectors whose `connectClusterRef` names it. */
export function cfkConnectGroup(name: string): string {
  return `cfk:${name}`;
}

interface CfkListener {
  readonly name: string;
  readonly port: string;
  readonly protocol: string;
  readonly mtls: boolean;
  readonly at: Span;
}

const SASL_TYPES = new Set(['plain', 'ldap', 'oauth', 'scram', 'oauthbearer']);

function listenerOf(name: string, port: string, node: YamlNode | undefined, at: Span): CfkListener {
  const tls = isTrue(nodeAt(node, ['tls', 'enabled']));
  const type = textAt(node, ['authentication', 'type'])?.toLowerCase();
  const sasl = type !== undefined && SASL_TYPES.has(type);
  return { name, port, protocol: `${sasl ? 'SASL_' : ''}${tls ? 'SSL' : 'PLAINTEXT'}`, mtls: type === 'mtls', at };
}

function kafkaDraft(specPair: YamlPair, name: string | undefined, controller: boolean): DocumentDraft {
  const spec = specPair.value;
  const at = specPair.keySpan;
  const origin = 'rendered by Confluent for Kubernetes';
  const listenersPair = mapGet(spec, 'listeners');
  const listenersNode = listenersPair?.value;
  const where = (key: string): Span => mapGet(listenersNode, key)?.keySpan ?? listenersPair?.keySpan ?? at;
  const listeners: CfkListener[] = [];
  if (controller) {
    listeners.push(listenerOf('CONTROLLER', '9074', mapGet(listenersNode, 'controller')?.value, where('controller')));
  } else {
    const internal = mapGet(listenersNode, 'internal')?.value;
    listeners.push(listenerOf('INTERNAL', '9071', internal, where('internal')));
    listeners.push(listenerOf('EXTERNAL', '9092', mapGet(listenersNode, 'external')?.value, where('external')));
    const replication = mapGet(listenersNode, 'replication');
    listeners.push(listenerOf('REPLICATION', '9072', replication ? replication.value : internal, replication ? replication.keySpan : where('internal')));
    for (const item of itemsOf(mapGet(listenersNode, 'custom')?.value)) {
      const customName = textAt(item, ['name']);
      const port = textAt(item, ['port']);
      if (customName && port) listeners.push(listenerOf(customName.toUpperCase(), port, item, item.span));
    }
  }
  const entries: Entry[] = [];
  const listenersAt = listeners.length === 1 ? listeners[0]!.at : (listenersPair?.keySpan ?? at);
  entries.push(impliedEntry('listeners', listeners.map((listener) => `${listener.name}://0.0.0.0:${listener.port}`).join(','), listenersAt, `spec.listeners (${origin})`));
  entries.push(impliedEntry('listener.security.protocol.map', listeners.map((listener) => `${listener.name}:${listener.protocol}`).join(','), listenersAt, `spec.listeners (${origin})`));
  for (const listener of listeners) {
    if (listener.mtls) entries.push(impliedEntry(`listener.name.${listener.name.toLowerCase()}.ssl.client.auth`, 'required', listener.at, `${listener.name} authentication mtls (${origin})`));
  }
  const kraft = controller || mapGet(mapGet(spec, 'dependencies')?.value, 'kRaftController') !== undefined;
  if (controller) {
    entries.push(impliedEntry('process.roles', 'controller', at, origin));
    entries.push(impliedEntry('controller.listener.names', 'CONTROLLER', at, origin));
  } else {
    entries.push(impliedEntry('inter.broker.listener.name', 'REPLICATION', listenersAt, origin));
    if (kraft) entries.push(impliedEntry('process.roles', 'broker', at, origin));
  }
  const authorization = mapGet(spec, 'authorization');
  if (authorization) {
    const type = textOf(mapGet(authorization.value, 'type')?.value)?.toLowerCase();
    const authorizer =
      type === 'rbac' ? 'io.confluent.kafka.security.authorizer.ConfluentServerAuthorizer' : type === 'simple' ? (kraft ? 'org.apache.kafka.metadata.authorizer.StandardAuthorizer' : 'kafka.security.authorizer.AclAuthorizer') : undefined;
    if (authorizer) entries.push(impliedEntry('authorizer.class.name', authorizer, authorization.keySpan, `spec.authorization (${origin})`));
    const superUsers = mapGet(authorization.value, 'superUsers');
    const users = itemsOf(superUsers?.value).flatMap((item) => (textOf(item) ? [textOf(item)!] : []));
    if (superUsers && users.length > 0) entries.push(impliedEntry('super.users', users.join(';'), superUsers.span, `spec.authorization.superUsers (${origin})`));
  }
  entries.push(...configOverrides(spec));
  const image = textAt(spec, ['image', 'application']) ?? '';
  const version = kafkaVersionOfImage(image);
  const roles: Role[] = controller ? ['controller'] : ['broker'];
  return { format: 'cfk', roles, entries, ...(name !== undefined ? { name } : {}), ...(version ? { kafkaVersion: version, kafkaVersionSource: `image ${image}` } : {}) };
}

/** `configOverrides.server: ["key=value", …]` read as properties lines; `configOverrides.jvm: ["-Dk=v"]`. */
function configOverrides(spec: YamlNode): Entry[] {
  const out: Entry[] = [];
  for (const item of itemsOf(nodeAt(spec, ['configOverrides', 'server']))) {
    if (item.kind !== 'scalar' || item.value === null) continue;
    const parsed = parseProperties(item.text);
    if (!parsed.ok) continue;
    for (const property of parsed.value.entries) {
      const keySpan = partSpan(item, property.keyStart, property.keyEnd);
      const valueSpan = partSpan(item, property.valueStart, Math.max(property.valueStart, property.valueEnd));
      out.push(createEntry({ key: property.key, value: property.value, span: { ...keySpan, endLine: valueSpan.endLine, endColumn: valueSpan.endColumn }, valueSpan, origin: 'spec.configOverrides.server' }));
    }
  }
  for (const item of itemsOf(nodeAt(spec, ['configOverrides', 'jvm']))) {
    const text = textOf(item);
    if (item.kind !== 'scalar' || !text) continue;
    for (const match of text.matchAll(/\S+/g)) {
      const word = match[0];
      if (!word.startsWith('-D') || word.length < 3) continue;
      const equals = word.indexOf('=');
      const span = partSpan(item, match.index, match.index + word.length);
      out.push(
        createEntry({
          key: equals === -1 ? word : word.slice(0, equals),
          value: equals === -1 ? '' : word.slice(equals + 1),
          span,
          valueSpan: equals === -1 ? span : partSpan(item, match.index + equals + 1, match.index + word.length),
          origin: 'spec.configOverrides.jvm',
        }),
      );
    }
  }
  return out;
}

/** Confluent Platform's REST handler for OAuth bearer tokens (confluentinc common, jetty initializer). */
const CP_OAUTH_REST_HANDLER = 'io.confluent.common.security.jetty.initializer.InstallOAuthSecurityHandler';

function connectDraft(specPair: YamlPair, name: string | undefined): DocumentDraft {
  const spec = specPair.value;
  const at = specPair.keySpan;
  const origin = 'rendered by Confluent for Kubernetes';
  const entries: Entry[] = [];
  const kafkaPair = mapGet(mapGet(spec, 'dependencies')?.value, 'kafka');
  const kafka = kafkaPair?.value;
  const bootstrap = mapGet(kafka, 'bootstrapEndpoint');
  const bootstrapEntry = bootstrap ? pairEntry(bootstrap, { key: 'bootstrap.servers', origin: 'spec.dependencies.kafka.bootstrapEndpoint' }) : undefined;
  if (bootstrapEntry) entries.push(bootstrapEntry);
  const client = listenerOf('KAFKA', '', kafka, kafkaPair?.keySpan ?? at);
  const type = textAt(kafka, ['authentication', 'type'])?.toLowerCase();
  const mechanism = type === 'plain' || type === 'ldap' ? 'PLAIN' : type === 'oauth' || type === 'oauthbearer' ? 'OAUTHBEARER' : type === 'scram' ? 'SCRAM-SHA-512' : undefined;
  const securityAt = mapGet(kafka, 'authentication')?.keySpan ?? mapGet(kafka, 'tls')?.keySpan ?? bootstrap?.keySpan ?? at;
  for (const prefix of ['', 'producer.', 'consumer.', 'admin.']) {
    entries.push(impliedEntry(`${prefix}security.protocol`, client.protocol, securityAt, `spec.dependencies.kafka (${origin})`));
    if (mechanism) entries.push(impliedEntry(`${prefix}sasl.mechanism`, mechanism, securityAt, `spec.dependencies.kafka.authentication (${origin})`));
  }
  // The REST API: https when spec.tls is set; CFK's basic / mtls / oauth authentication and RBAC.
  const tlsPair = mapGet(spec, 'tls');
  const https = tlsPair !== undefined && tlsPair.value.kind === 'map';
  const restAt = tlsPair?.keySpan ?? at;
  entries.push(impliedEntry('listeners', `${https ? 'https' : 'http'}://0.0.0.0:8083`, restAt, `spec.tls (${origin}: REST API on 8083${https ? '' : ' over plain HTTP'})`));
  const authPair = mapGet(spec, 'authentication');
  const authType = textOf(mapGet(authPair?.value, 'type')?.value)?.toLowerCase();
  const extensions: string[] = [];
  if (authType === 'basic') extensions.push('org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension');
  const authorizationType = textAt(spec, ['authorization', 'type'])?.toLowerCase();
  if (authorizationType === 'rbac') extensions.push('io.confluent.connect.security.ConnectSecurityExtension');
  if (extensions.length > 0) {
    entries.push(impliedEntry('rest.extension.classes', extensions.join(','), authPair?.keySpan ?? mapGet(spec, 'authorization')?.keySpan ?? at, `spec.authentication / spec.authorization (${origin})`));
  }
  if (authType === 'mtls' && https && authPair) entries.push(impliedEntry('listeners.https.ssl.client.auth', 'required', authPair.keySpan, `spec.authentication mtls (${origin})`));
  // `authentication.type: oauth` makes the REST server accept only bearer tokens it validates
  // against `oauth.configuration` (jwksEndpointUri, expectedIssuer): Confluent Platform's
  // Jetty OAuth handler, installed through rest.servlet.initializor.classes.
  if (authType === 'oauth' && authPair) entries.push(impliedEntry('rest.servlet.initializor.classes', CP_OAUTH_REST_HANDLER, authPair.keySpan, `spec.authentication oauth (${origin})`));
  entries.push(...configOverrides(spec));
  const image = textAt(spec, ['image', 'application']) ?? '';
  const version = kafkaVersionOfImage(image);
  return {
    format: 'cfk',
    roles: ['worker'],
    entries,
    ...(name !== undefined ? { name, group: cfkConnectGroup(name) } : {}),
    ...(version ? { kafkaVersion: version, kafkaVersionSource: `image ${image}` } : {}),
  };
}

function connectorDraft(specPair: YamlPair, name: string | undefined): DocumentDraft | undefined {
  // apps.cpc.platform.confluent.io blueprints nest the connector under spec.connectorConfigs.
  const spec = mapGet(specPair.value, 'connectorConfigs')?.value ?? specPair.value;
  const cluster = textAt(specPair.value, ['connectClusterRef', 'name']);
  const entries: Entry[] = [];
  const classPair = mapGet(spec, 'class');
  const classEntry = classPair ? pairEntry(classPair, { key: 'connector.class', origin: 'spec.class' }) : undefined;
  if (classEntry) entries.push(classEntry);
  const tasks = mapGet(spec, 'taskMax');
  const tasksEntry = tasks ? pairEntry(tasks, { key: 'tasks.max', origin: 'spec.taskMax' }) : undefined;
  if (tasksEntry) entries.push(tasksEntry);
  for (const pair of pairsOf(mapGet(spec, 'configs')?.value)) {
    const entry = pairEntry(pair, { origin: 'spec.configs' });
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) return undefined;
  const connectorName = textAt(spec, ['name']) ?? name;
  return {
    format: 'cfk',
    roles: ['connector'],
    entries,
    ...(connectorName !== undefined ? { name: connectorName } : {}),
    ...(cluster !== undefined ? { group: cfkConnectGroup(cluster) } : {}),
  };
}
