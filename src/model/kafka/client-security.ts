import type { ConfigDocument } from '../config-document.js';
import type { Entry } from '../entry.js';
import { defaultValue } from '../defaults/index.js';
import { isLoopbackHost, isMirrorMakerConfig, isUnknownValue } from './connect-worker.js';

/**
 * The Kafka clients a document configures, each with the keys it really reads:
 * - a client config: one client, unprefixed keys;
 * - a Connect worker: its own clients (unprefixed keys); connector producers and consumers
 *   (`producer.*`, `consumer.*` only: Worker.baseProducerConfigs / baseConsumerConfigs copy
 *   no unprefixed security setting, only `bootstrap.servers`); connector admin clients
 *   (`admin.*` over the unprefixed worker keys, Worker.adminConfigs).
 */
export interface ClientView {
  /** `''`, `producer.`, `consumer.` or `admin.` */
  readonly prefix: string;
  /** For messages: `the worker's own clients`, `connector producers (producer.*)`. */
  readonly label: string;
  /** Whether unprefixed keys apply when the prefixed one is absent. */
  readonly inheritsUnprefixed: boolean;
}

export interface ResolvedKey {
  /** The entry that decides, if written. */
  readonly entry: Entry | undefined;
  /** The value Kafka uses: written, inherited or default; undefined when unknown (a `${…}` reference) or unset. */
  readonly value: string | undefined;
  /** The key as it is written, or would be written, in this document. */
  readonly key: string;
}

export function clientViews(doc: ConfigDocument): ClientView[] {
  if (isMirrorMakerConfig(doc)) return [];
  if (doc.hasRole('worker')) {
    return [
      { prefix: '', label: "the worker's own clients", inheritsUnprefixed: false },
      { prefix: 'producer.', label: 'connector producers (producer.*)', inheritsUnprefixed: false },
      { prefix: 'consumer.', label: 'connector consumers (consumer.*)', inheritsUnprefixed: false },
      { prefix: 'admin.', label: 'connector admin clients (admin.*)', inheritsUnprefixed: true },
    ];
  }
  if (doc.hasRole('client')) return [{ prefix: '', label: 'the client', inheritsUnprefixed: false }];
  return [];
}

/** The value `key` has for the clients of `view`. */
export function resolveKey(doc: ConfigDocument, view: ClientView, key: string): ResolvedKey {
  const own = doc.get(`${view.prefix}${key}`);
  if (own) return { entry: own, value: isUnknownValue(own) ? undefined : own.value, key: own.key };
  if (view.prefix !== '' && view.inheritsUnprefixed) {
    const inherited = doc.get(key);
    if (inherited) return { entry: inherited, value: isUnknownValue(inherited) ? undefined : inherited.value, key: inherited.key };
  }
  if (view.prefix !== '' && key === 'bootstrap.servers') {
    // Worker.baseProducerConfigs / baseConsumerConfigs copy the worker's bootstrap.servers.
    const worker = doc.get(key);
    if (worker) return { entry: worker, value: isUnknownValue(worker) ? undefined : worker.value, key: worker.key };
  }
  return { entry: undefined, value: defaultValue(key, doc.kafkaVersion, doc.hasRole('worker') ? 'worker' : 'client') ?? workerDefault(doc, key), key: `${view.prefix}${key}` };
}

function workerDefault(doc: ConfigDocument, key: string): string | undefined {
  // WorkerConfig.BOOTSTRAP_SERVERS_DEFAULT; clients have no default.
  if (key === 'bootstrap.servers' && doc.hasRole('worker')) return 'localhost:9092';
  return undefined;
}

/** `security.protocol` upper-cased (SecurityProtocol.forName is case-insensitive). */
export function securityProtocol(doc: ConfigDocument, view: ClientView): ResolvedKey {
  const resolved = resolveKey(doc, view, 'security.protocol');
  return { ...resolved, value: resolved.value?.trim().toUpperCase() };
}

export function usesTls(protocol: string | undefined): boolean {
  return protocol === 'SSL' || protocol === 'SASL_SSL';
}

/**
 * True when every bootstrap server is a loopback address: cleartext that never leaves
 * the host. False when the list is unknown (unset in a client file, or a `${…}` reference).
 */
export function bootstrapIsLoopbackOnly(value: string | undefined): boolean {
  if (value === undefined) return false;
  const hosts = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map(hostOf);
  return hosts.length > 0 && hosts.every(isLoopbackHost);
}

/** The host of `host:port`, `[v6]:port` or `PROTOCOL://host:port`. */
export function hostOf(server: string): string {
  const withoutScheme = server.replace(/^[A-Za-z_]+:\/\//, '');
  if (withoutScheme.startsWith('[')) return withoutScheme.slice(1, withoutScheme.indexOf(']'));
  const colon = withoutScheme.lastIndexOf(':');
  return colon === -1 ? withoutScheme : withoutScheme.slice(0, colon);
}

/**
 * True when a client document configures its Kafka clients under an application prefix
 * this model does not resolve (REST Proxy `client.`, Control Center
 * `confluent.controlcenter.streams.`, Schema Registry `kafkastore.`, …): an absent
 * unprefixed `security.protocol` then says nothing about what the application uses.
 */
export function hasPrefixedClientSecurity(doc: ConfigDocument): boolean {
  return doc.effectiveEntries().some((entry) => entry.key !== 'security.protocol' && entry.key.endsWith('.security.protocol'));
}

/** A stable key for "the same place": implied entries an adapter generates from one node share it. */
export function spanKey(entry: Entry): string {
  return `${entry.span.line}:${entry.span.column}`;
}
