import { perDocument } from '../per-document.js';
import type { ConfigDocument } from '../config-document.js';
import type { Entry } from '../entry.js';
import type { Span } from '../location.js';
import { parseListeners, parseProtocolMap, spanWithinValue, type Listener, type SecurityProtocol } from './listeners.js';
import { isLoopbackHost } from './connect-worker.js';

/**
 * How a broker or KRaft controller resolves its listeners, as AbstractKafkaConfig does:
 * the effective protocol map (with KRaft's implicit PLAINTEXT mapping of controller
 * listeners), the controller and inter-broker listeners, and per-listener overrides
 * `listener.name.<name>.<key>`.
 */
const PROTOCOLS: readonly string[] = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];
const CLEARTEXT: readonly string[] = ['PLAINTEXT', 'SASL_PLAINTEXT'];

/** Keys only a broker or controller config has; a client file named `kafka.properties` has none. */
const SERVER_KEYS: readonly string[] = [
  'broker.id',
  'node.id',
  'process.roles',
  'listeners',
  'advertised.listeners',
  'listener.security.protocol.map',
  'inter.broker.listener.name',
  'security.inter.broker.protocol',
  'controller.listener.names',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'zookeeper.connect',
  'log.dirs',
  'log.dir',
  'num.partitions',
  'num.network.threads',
  'num.io.threads',
  'authorizer.class.name',
  'super.users',
  'sasl.enabled.mechanisms',
];

/**
 * True when the document really configures a broker or controller. Findings about an
 * absent key need this: role detection also calls a client file `kafka.properties` a broker.
 */
export function isServerConfig(doc: ConfigDocument): boolean {
  return (doc.hasRole('broker') || doc.hasRole('controller')) && SERVER_KEYS.some((key) => doc.has(key));
}

/** KRaft mode: `process.roles` is set (Kafka's usesSelfManagedQuorum). */
export function isKRaft(doc: ConfigDocument): boolean {
  const roles = doc.get('process.roles')?.value.trim();
  return roles !== undefined && roles !== '';
}

/** ZooKeeper mode (Kafka before 4.0): `zookeeper.connect` set and no `process.roles`. */
export function isZooKeeperMode(doc: ConfigDocument): boolean {
  const connect = doc.get('zookeeper.connect')?.value.trim();
  return !isKRaft(doc) && connect !== undefined && connect !== '';
}

/** True when the node runs the broker role (every ZooKeeper-mode node does). */
export function runsBroker(doc: ConfigDocument): boolean {
  if (!isKRaft(doc)) return doc.hasRole('broker');
  return splitList(doc.get('process.roles')!.value).some((role) => role === 'broker');
}

/** True when the node runs only the KRaft controller role. */
export function isControllerOnly(doc: ConfigDocument): boolean {
  return isKRaft(doc) && !runsBroker(doc);
}

/** Kafka's comma-separated lists: blanks around items trimmed, empty items dropped. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `controller.listener.names` as written (trimmed). */
export function controllerListenerNames(doc: ConfigDocument): string[] {
  const entry = doc.get('controller.listener.names');
  if (!entry || isUnknown(entry)) return [];
  return splitList(entry.value);
}

export interface ProtocolMap {
  /** Upper-cased listener name → protocol name (upper-cased). */
  readonly map: ReadonlyMap<string, string>;
  /** Listener names (upper-cased) that only KRaft's implicit rule maps to PLAINTEXT. */
  readonly implicit: ReadonlySet<string>;
}

/**
 * The effective `listener.security.protocol.map`: the explicit value or the default, plus
 * KRaft's implicit `<controller listener>:PLAINTEXT` mappings when the map is not set
 * and no listener or controller listener is named SSL, SASL_SSL or SASL_PLAINTEXT
 * (AbstractKafkaConfig.effectiveListenerSecurityProtocolMap). Undefined when the map or
 * the listeners come from a config provider and cannot be known.
 */
export function effectiveProtocolMap(doc: ConfigDocument): ProtocolMap | undefined {
  const explicit = doc.get('listener.security.protocol.map');
  if (isUnknown(explicit) || isUnknown(doc.get('listeners'))) return undefined;
  const map = parseProtocolMap(doc.effective('listener.security.protocol.map'));
  const implicit = new Set<string>();
  if (isKRaft(doc) && !explicit) {
    const sslOrSasl = (name: string): boolean => name === 'SSL' || name === 'SASL_SSL' || name === 'SASL_PLAINTEXT';
    const controllers = controllerListenerNames(doc);
    const listenerNames = parseListeners(doc.effective('listeners') ?? '').map((listener) => listener.name);
    if (!controllers.some(sslOrSasl) && !listenerNames.some(sslOrSasl)) {
      for (const name of controllers) {
        if (name === 'PLAINTEXT') continue;
        map.set(name.toUpperCase(), 'PLAINTEXT');
        implicit.add(name.toUpperCase());
      }
    }
  }
  return { map, implicit };
}

/** The protocol of a listener name under a protocol map; undefined when Kafka would refuse it. */
export function protocolIn(name: string, protocols: ProtocolMap): SecurityProtocol | undefined {
  const upper = name.toUpperCase();
  const mapped = protocols.map.get(upper) ?? (PROTOCOLS.includes(upper) ? upper : undefined);
  return mapped !== undefined && PROTOCOLS.includes(mapped) ? (mapped as SecurityProtocol) : undefined;
}

export function isCleartext(protocol: SecurityProtocol | undefined): boolean {
  return protocol !== undefined && CLEARTEXT.includes(protocol);
}

export function isTls(protocol: SecurityProtocol | undefined): boolean {
  return protocol === 'SSL' || protocol === 'SASL_SSL';
}

export function isSasl(protocol: SecurityProtocol | undefined): boolean {
  return protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL';
}

/** One listener a node opens or, for a broker-only KRaft node, connects to as a client. */
export interface ServerListener {
  /** As written. */
  readonly name: string;
  /** Upper-cased, as Kafka normalises listener names. */
  readonly upper: string;
  readonly protocol: SecurityProtocol | undefined;
  /** Mapped to PLAINTEXT only by KRaft's implicit rule. */
  readonly implicitProtocol: boolean;
  /** Named in `controller.listener.names`. */
  readonly isController: boolean;
  /** The listener brokers replicate over. */
  readonly isInterBroker: boolean;
  /** Where it sits in `listeners`; undefined for a controller listener a broker-only node only dials. */
  readonly listener: Listener | undefined;
  /** The `listeners` entry; undefined when the listener is Kafka's default or not in `listeners`. */
  readonly entry: Entry | undefined;
}

/**
 * Every listener of the node: those in `listeners` (or Kafka's default) and, on a KRaft
 * broker-only node, the controller listeners it connects to. Empty when the listeners or
 * the protocol map come from a config provider.
 */
export const serverListeners = perDocument((doc): readonly ServerListener[] => {
  const protocols = effectiveProtocolMap(doc);
  if (!protocols) return [];
  const entry = doc.get('listeners');
  const value = entry?.value ?? doc.effective('listeners') ?? '';
  const controllers = new Set(controllerListenerNames(doc).map((name) => name.toUpperCase()));
  const interBroker = runsBroker(doc) ? interBrokerListenerName(doc) : undefined;
  const out: ServerListener[] = [];
  const seen = new Set<string>();
  for (const listener of parseListeners(value)) {
    const upper = listener.name.toUpperCase();
    seen.add(upper);
    out.push({
      name: listener.name,
      upper,
      protocol: protocolIn(listener.name, protocols),
      implicitProtocol: protocols.implicit.has(upper),
      isController: controllers.has(upper),
      isInterBroker: interBroker?.upper === upper,
      listener,
      entry,
    });
  }
  if (isKRaft(doc)) {
    for (const name of controllerListenerNames(doc)) {
      const upper = name.toUpperCase();
      if (seen.has(upper)) continue;
      seen.add(upper);
      out.push({
        name,
        upper,
        protocol: protocolIn(name, protocols),
        implicitProtocol: protocols.implicit.has(upper),
        isController: true,
        isInterBroker: false,
        listener: undefined,
        entry: undefined,
      });
    }
  }
  return out;
});

/** The listeners the node itself opens (those in `listeners`). */
export const openListeners = perDocument((doc): readonly ServerListener[] => serverListeners(doc).filter((listener) => listener.listener !== undefined));

/**
 * A listener bound to the loopback interface (`PLAINTEXT://localhost:9092`,
 * `127.0.0.1`, `[::1]`): Kafka binds exactly that address, so only processes on the same
 * host (trusted local users, §7) can connect. An empty host or 0.0.0.0 binds every interface.
 */
export function isLoopbackListener(listener: ServerListener): boolean {
  return listener.listener !== undefined && listener.listener.host !== '' && isLoopbackHost(listener.listener.host);
}

/** The span of one listener inside `listeners`, or undefined when it has none there. */
export function listenerSpan(listener: ServerListener): Span | undefined {
  if (!listener.entry || !listener.listener) return undefined;
  return spanWithinValue(listener.entry, listener.listener.offset, listener.listener.text.length);
}

export interface InterBrokerListener {
  readonly upper: string;
  /** The key that chose it: `inter.broker.listener.name` or `security.inter.broker.protocol`. */
  readonly key: string;
  /** That key's entry; undefined when neither is set and Kafka's default PLAINTEXT applies. */
  readonly entry: Entry | undefined;
}

/**
 * The inter-broker listener (AbstractKafkaConfig.getInterBrokerListenerNameAndSecurityProtocol):
 * `inter.broker.listener.name`, else the listener named after `security.inter.broker.protocol`
 * (default PLAINTEXT). Undefined when a provider reference hides it.
 */
export function interBrokerListenerName(doc: ConfigDocument): InterBrokerListener | undefined {
  const named = doc.get('inter.broker.listener.name');
  if (named) {
    if (isUnknown(named) || named.value.trim() === '') return undefined;
    return { upper: named.value.trim().toUpperCase(), key: named.key, entry: named };
  }
  const protocol = doc.get('security.inter.broker.protocol');
  if (isUnknown(protocol)) return undefined;
  return { upper: (protocol?.value ?? 'PLAINTEXT').trim().toUpperCase(), key: 'security.inter.broker.protocol', entry: protocol };
}

export interface ListenerSetting {
  /** The key Kafka reads for this listener: the `listener.name.<l>.` one, or the global one. */
  readonly key: string;
  readonly entry: Entry | undefined;
  /** The effective value: explicit, else the version default; undefined when there is none. */
  readonly value: string | undefined;
  readonly source: 'listener' | 'global' | 'default';
  /** A `listener.name.<L>.<key>` with the wrong case, which Kafka ignores (its prefixes are lower case). */
  readonly ignored: Entry | undefined;
}

/**
 * The value of `key` for one listener: `listener.name.<lower-case name>.<key>` overrides
 * the unprefixed key (ListenerName.configPrefix, AbstractConfig.valuesWithPrefixOverride).
 * With a mechanism, `listener.name.<l>.<mechanism>.<key>` is tried first.
 */
export function listenerSetting(doc: ConfigDocument, listenerName: string, key: string, mechanism?: string): ListenerSetting {
  const prefix = `listener.name.${listenerName.toLowerCase()}.`;
  const candidates = mechanism ? [`${prefix}${mechanism.toLowerCase()}.${key}`, `${prefix}${key}`] : [`${prefix}${key}`];
  let ignored: Entry | undefined;
  for (const candidate of candidates) {
    const entry = doc.get(candidate);
    if (entry) return { key: candidate, entry, value: entry.value, source: 'listener', ignored: undefined };
    ignored ??= doc.effectiveEntries().find((other) => other.key !== candidate && other.key.toLowerCase() === candidate.toLowerCase());
  }
  const global = doc.get(key);
  if (global) return { key, entry: global, value: global.value, source: 'global', ignored };
  return { key, entry: undefined, value: doc.effective(key), source: 'default', ignored };
}

/** A note for messages when a wrongly-cased per-listener override was ignored. */
export function ignoredNote(setting: ListenerSetting): string {
  return setting.ignored ? ` (${setting.ignored.key} is ignored: Kafka reads listener prefixes in lower case)` : '';
}

/**
 * Listeners whose clients are `User:ANONYMOUS`: PLAINTEXT, and SSL without required client
 * certificates (`ssl.client.auth` other than `required`, per listener).
 */
export function unauthenticatedListeners(doc: ConfigDocument): ServerListener[] {
  return openListeners(doc).filter((listener) => {
    if (listener.protocol === 'PLAINTEXT') return true;
    if (listener.protocol !== 'SSL') return false;
    const clientAuth = listenerSetting(doc, listener.name, 'ssl.client.auth');
    if (isUnknown(clientAuth.entry)) return false;
    return (clientAuth.value ?? 'none').trim().toLowerCase() !== 'required';
  });
}

/** Groups listeners by the entry that gives them their setting (one finding per entry). */
export function groupBySetting<T extends { readonly setting: ListenerSetting }>(items: readonly T[]): { entry: Entry | undefined; key: string; items: T[] }[] {
  const groups = new Map<string, { entry: Entry | undefined; key: string; items: T[] }>();
  for (const item of items) {
    const id = item.setting.entry ? `entry:${item.setting.key}` : `default:${item.setting.key}`;
    const group = groups.get(id) ?? { entry: item.setting.entry, key: item.setting.key, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** `A`, `A and B`, `A, B and C`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * True when an entry's value cannot be known statically: a `${provider:…}` reference or a
 * template of another tool (compose `${VAR}`, Helm `{{ }}`). Rules do not judge such values.
 */
export function isUnknown(entry: Entry | undefined): boolean {
  return entry !== undefined && (entry.isProviderReference || entry.isTemplate === true);
}
