import type { Role } from './roles.js';

/**
 * Which Kafka component a flat key set configures, from its keys first (they cannot lie)
 * and its file name second. Returns [] for files that are not Kafka configs
 * (zookeeper.properties, log4j.properties, …).
 */
export function detectRoles(fileName: string, keys: ReadonlySet<string>, processRoles?: string): Role[] {
  const name = fileName.toLowerCase();
  if (/^(log4j2?|tools-log4j|connect-log4j|zookeeper|logging|trogdor)\b/.test(name)) return [];

  if (processRoles !== undefined) {
    const roles = processRoles.split(',').map((role) => role.trim().toLowerCase());
    const out: Role[] = [];
    if (roles.includes('broker')) out.push('broker');
    if (roles.includes('controller')) out.push('controller');
    if (out.length > 0) return out;
  }
  if (keys.has('connector.class')) return ['connector'];
  // MirrorMaker 2 dedicated mode (connect-mirror-maker.properties): `clusters` plus
  // `<alias>.bootstrap.servers`. It runs Connect workers internally, so it is a worker;
  // rules about the public REST API skip it (isMirrorMakerConfig).
  if (keys.has('clusters') && [...keys].some((key) => key.endsWith('.bootstrap.servers'))) return ['worker'];
  if (hasAny(keys, WORKER_KEYS)) return ['worker'];
  if (hasAny(keys, BROKER_KEYS)) return /controller/.test(name) ? ['controller'] : ['broker'];

  if (/(^|[-_.])(server|broker|kafka)([-_.]|$)|^server\d*\./.test(name)) return ['broker'];
  if (/controller/.test(name)) return ['controller'];
  if (/connect-(distributed|standalone)|(^|[-_.])worker([-_.]|$)/.test(name)) return ['worker'];
  if (/connector|(^|[-_.])(source|sink)([-_.]|$)/.test(name)) return ['connector'];
  if (hasAny(keys, CLIENT_KEYS) || /producer|consumer|client|admin|streams/.test(name)) return ['client'];
  return [];
}

function hasAny(keys: ReadonlySet<string>, candidates: readonly string[]): boolean {
  return candidates.some((key) => keys.has(key));
}

const WORKER_KEYS = [
  'config.storage.topic',
  'offset.storage.topic',
  'status.storage.topic',
  'offset.storage.file.filename',
  'plugin.path',
  'key.converter',
  'value.converter',
  'connector.client.config.override.policy',
  'rest.advertised.host.name',
  'rest.extension.classes',
];

const BROKER_KEYS = [
  'broker.id',
  'node.id',
  'log.dirs',
  'log.dir',
  'zookeeper.connect',
  'advertised.listeners',
  'inter.broker.listener.name',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'controller.listener.names',
  'authorizer.class.name',
  'num.partitions',
  'log.retention.hours',
];

const CLIENT_KEYS = [
  'bootstrap.servers',
  'security.protocol',
  'sasl.mechanism',
  'sasl.jaas.config',
  'key.serializer',
  'value.serializer',
  'key.deserializer',
  'value.deserializer',
  'group.id',
];
