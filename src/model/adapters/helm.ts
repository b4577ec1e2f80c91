import type { YamlMap, YamlNode, YamlPair } from '../../parse/yaml.js';
import { createEntry, type Entry } from '../entry.js';
import { detectRoles } from '../detect-role.js';
import type { Role } from '../roles.js';
import type { DocumentDraft } from './draft.js';
import { confluentEnvKey } from './env-names.js';
import { impliedEntry, isTrue, itemsOf, mapGet, pairEntry, pairsOf, textAt, textOf, valueSpanOf } from './yaml-nodes.js';

/**
 * Helm values of the common Kafka charts, where they carry Kafka config:
 *
 * - confluentinc/cp-helm-charts `cp-kafka` and `cp-kafka-connect`: `configurationOverrides`
 *   (each key becomes `KAFKA_<KEY>` / `CONNECT_<KEY>` in the pod and is decoded back by the
 *   Confluent image, see env-names.ts) and `customEnv`; cp-kafka always advertises
 *   `PLAINTEXT://${POD_IP}:9092` (statefulset.yaml), from which the image derives its listener.
 * - bitnami/kafka: `listeners.{client,controller,interbroker,external}` (name, port,
 *   protocol, sslClientAuth), `sasl.*`, `tls.*`, and the `config` / `overrideConfiguration`
 *   maps (also under `controller.` and `broker.`).
 *
 * Values of other charts (kafdrop, akhq, the Strimzi operator chart) carry no Kafka config
 * and yield nothing.
 */

export function isHelmValues(root: YamlNode | undefined): boolean {
  if (!root || root.kind !== 'map') return false;
  return isCpHelmValues(root) || isBitnamiValues(root);
}

function isCpHelmValues(root: YamlMap): boolean {
  return mapGet(root, 'configurationOverrides')?.value.kind === 'map';
}

function isBitnamiValues(root: YamlMap): boolean {
  const listeners = mapGet(root, 'listeners')?.value;
  return listeners?.kind === 'map' && mapGet(mapGet(listeners, 'client')?.value, 'protocol') !== undefined;
}

export function helmToDrafts(root: YamlMap, file: string): DocumentDraft[] {
  if (isCpHelmValues(root)) return cpHelmDrafts(root, file);
  if (isBitnamiValues(root)) return [bitnamiDraft(root)];
  return [];
}

// --- cp-helm-charts ------------------------------------------------------------------------

function cpHelmDrafts(root: YamlMap, file: string): DocumentDraft[] {
  const overridesPair = mapGet(root, 'configurationOverrides')!;
  const image = `${textAt(root, ['image']) ?? ''}`.toLowerCase();
  const keys = new Set(overridesPair.value.kind === 'map' ? overridesPair.value.pairs.map((pair) => pair.key) : []);
  let role: Role | undefined;
  if (/connect/.test(image) || /cp-kafka-connect/.test(file)) role = 'worker';
  else if (/cp-(enterprise-)?kafka$|cp-server$/.test(image) || /charts\/cp-kafka\//.test(file)) role = 'broker';
  else role = detectRoles('values.properties', keys)[0];
  if (role !== 'worker' && role !== 'broker') return [];
  const prefix = role === 'worker' ? 'CONNECT_' : 'KAFKA_';
  const entries: Entry[] = [];
  for (const pair of pairsOf(overridesPair.value)) {
    // statefulset.yaml: `printf "KAFKA_%s" $key | replace "." "_" | upper`, decoded again by the image.
    const key = confluentEnvKey(pair.key.replace(/\./g, '_').toUpperCase());
    const entry = pairEntry(pair, { key, origin: `configurationOverrides ${JSON.stringify(pair.key)}`, isTemplate: /\$\{|\$\(/.test(textOf(pair.value) ?? '') });
    if (entry) entries.push(entry);
  }
  for (const pair of pairsOf(mapGet(root, 'customEnv')?.value)) {
    if (!pair.key.startsWith(prefix) || /_OPTS$/.test(pair.key)) continue;
    const entry = pairEntry(pair, { key: confluentEnvKey(pair.key.slice(prefix.length)), origin: `customEnv ${pair.key}` });
    if (entry) entries.push(entry);
  }
  if (role === 'broker' && !keys.has('listeners')) {
    // KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://${POD_IP}:9092[,<advertised.listeners override>]; the image listens on 0.0.0.0.
    const advertised = mapGet(overridesPair.value, 'advertised.listeners');
    const extra = textOf(advertised?.value)?.replace(/:\/\/[^:]*:/g, '://0.0.0.0:');
    entries.unshift(impliedEntry('listeners', `PLAINTEXT://0.0.0.0:9092${extra ? `,${extra}` : ''}`, overridesPair.keySpan, 'cp-helm-charts cp-kafka: PLAINTEXT on 9092, derived by the image from the advertised listener'));
  }
  return [{ format: 'helm', roles: [role], entries, name: role === 'worker' ? 'cp-kafka-connect' : 'cp-kafka' }];
}

// --- bitnami/kafka -------------------------------------------------------------------------

function bitnamiDraft(root: YamlMap): DocumentDraft {
  const listenersPair = mapGet(root, 'listeners')!;
  const listenersNode = listenersPair.value;
  const origin = 'bitnami/kafka chart';
  const controllerOnly = isTrue(mapGet(mapGet(root, 'controller')?.value, 'controllerOnly')?.value);
  const external = isTrue(mapGet(mapGet(root, 'externalAccess')?.value, 'enabled')?.value);
  const defaults: Record<string, { name: string; port: string }> = {
    client: { name: 'CLIENT', port: '9092' },
    controller: { name: 'CONTROLLER', port: '9093' },
    interbroker: { name: 'INTERNAL', port: '9094' },
    external: { name: 'EXTERNAL', port: '9095' },
  };
  const used = ['client', 'interbroker', ...(controllerOnly ? [] : ['controller']), ...(external ? ['external'] : [])];
  const listeners: { key: string; name: string; port: string; protocol: string; pair: YamlPair | undefined }[] = [];
  for (const key of used) {
    const pair = mapGet(listenersNode, key);
    listeners.push({
      key,
      name: (textAt(pair?.value, ['name']) ?? defaults[key]!.name).toUpperCase(),
      port: textAt(pair?.value, ['containerPort']) ?? defaults[key]!.port,
      protocol: (textAt(pair?.value, ['protocol']) ?? 'PLAINTEXT').toUpperCase(),
      pair,
    });
  }
  for (const item of itemsOf(mapGet(listenersNode, 'extraListeners')?.value)) {
    const name = textAt(item, ['name']);
    const port = textAt(item, ['containerPort']);
    if (name && port) listeners.push({ key: name, name: name.toUpperCase(), port, protocol: (textAt(item, ['protocol']) ?? 'PLAINTEXT').toUpperCase(), pair: undefined });
  }
  const at = listenersPair.keySpan;
  const entries: Entry[] = [];
  const override = mapGet(listenersNode, 'overrideListeners');
  const overrideMap = mapGet(listenersNode, 'securityProtocolMap');
  entries.push(
    textOf(override?.value)
      ? pairEntry(override!, { key: 'listeners', origin: 'listeners.overrideListeners' })!
      : impliedEntry('listeners', listeners.map((listener) => `${listener.name}://:${listener.port}`).join(','), at, `listeners (${origin})`),
  );
  entries.push(
    textOf(overrideMap?.value)
      ? pairEntry(overrideMap!, { key: 'listener.security.protocol.map', origin: 'listeners.securityProtocolMap' })!
      : impliedEntry('listener.security.protocol.map', listeners.map((listener) => `${listener.name}:${listener.protocol}`).join(','), at, `listeners.*.protocol (${origin})`),
  );
  const interbroker = listeners.find((listener) => listener.key === 'interbroker');
  if (interbroker) entries.push(impliedEntry('inter.broker.listener.name', interbroker.name, interbroker.pair?.keySpan ?? at, origin));
  const controllerListener = defaults.controller!.name;
  entries.push(impliedEntry('controller.listener.names', (textAt(mapGet(listenersNode, 'controller')?.value, ['name']) ?? controllerListener).toUpperCase(), at, origin));
  entries.push(impliedEntry('process.roles', controllerOnly ? 'broker' : 'controller,broker', mapGet(root, 'controller')?.keySpan ?? at, `${origin} (controller.controllerOnly: ${controllerOnly})`));

  const tls = mapGet(root, 'tls')?.value;
  const sslClientAuth = mapGet(tls, 'sslClientAuth');
  for (const listener of listeners) {
    if (!listener.protocol.includes('SSL')) continue;
    const own = mapGet(listener.pair?.value, 'sslClientAuth');
    const chosen = own && textOf(own.value) ? own : sslClientAuth && textOf(sslClientAuth.value) ? sslClientAuth : undefined;
    if (chosen) entries.push(pairEntry(chosen, { key: `listener.name.${listener.name.toLowerCase()}.ssl.client.auth`, origin: `${chosen === own ? `listeners.${listener.key}` : 'tls'}.sslClientAuth` })!);
  }
  const endpoint = mapGet(tls, 'endpointIdentificationAlgorithm');
  if (endpoint && endpoint.value.kind === 'scalar') entries.push(pairEntry(endpoint, { key: 'ssl.endpoint.identification.algorithm', origin: 'tls.endpointIdentificationAlgorithm' })!);

  const sasl = mapGet(root, 'sasl')?.value;
  for (const [field, key] of [
    ['enabledMechanisms', 'sasl.enabled.mechanisms'],
    ['interBrokerMechanism', 'sasl.mechanism.inter.broker.protocol'],
    ['controllerMechanism', 'sasl.mechanism.controller.protocol'],
  ] as const) {
    const pair = mapGet(sasl, field);
    const entry = pair ? pairEntry(pair, { key, origin: `sasl.${field}` }) : undefined;
    if (entry) entries.push(entry);
  }
  // Literal client passwords end up in the broker's JAAS (libkafka.sh kafka_configure_server_jaas).
  const client = listeners.find((listener) => listener.key === 'client');
  const passwords = mapGet(mapGet(sasl, 'client')?.value, 'passwords');
  const users = itemsOf(mapGet(mapGet(sasl, 'client')?.value, 'users')?.value).flatMap((item) => (textOf(item) ? textOf(item)!.split(',') : []));
  const passwordList = passwords ? itemsOf(passwords.value).flatMap((item) => (textOf(item) ? textOf(item)!.split(',') : [])) : [];
  if (client && client.protocol.startsWith('SASL') && passwords && passwordList.some((password) => password.trim() !== '')) {
    const jaas = `org.apache.kafka.common.security.plain.PlainLoginModule required ${passwordList.map((password, index) => `user_${users[index] ?? `user${index + 1}`}="${password.trim()}"`).join(' ')};`;
    entries.push(createEntry({ key: `listener.name.${client.name.toLowerCase()}.plain.sasl.jaas.config`, value: jaas, span: passwords.span, valueSpan: valueSpanOf(passwords.value), origin: 'sasl.client.passwords (bitnami/kafka writes them into the broker JAAS)' }));
  }

  for (const path of [['config'], ['overrideConfiguration'], ['broker', 'config'], ['broker', 'overrideConfiguration'], ['controller', 'config'], ['controller', 'overrideConfiguration']]) {
    let node: YamlNode | undefined = root;
    for (const key of path) node = mapGet(node, key)?.value;
    for (const pair of pairsOf(node)) {
      const entry = pairEntry(pair, { origin: path.join('.') });
      if (entry) entries.push(entry);
    }
  }
  const roles: Role[] = controllerOnly ? ['broker'] : ['broker', 'controller'];
  return { format: 'helm', roles, entries, name: 'bitnami/kafka' };
}

