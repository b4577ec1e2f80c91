import type { ConfigDocument } from '../config-document.js';
import type { Entry } from '../entry.js';
import { isAtLeast } from '../../util/version.js';
import { parseListeners } from './listeners.js';

/**
 * What a Connect worker config says about its REST server, its connectors' clients and
 * its config providers, read as WorkerConfig / RestServerConfig / RestServer read them.
 */

/** One REST listener (`http://host:port`, `https://…`) of `listeners` or `admin.listeners`. */
export interface RestListener {
  /** `http` or `https`, lower-cased as RestServer.createConnector does. */
  readonly protocol: string;
  readonly host: string;
  readonly port: string;
  readonly text: string;
  /** Offset of `text` in the entry's value. */
  readonly offset: number;
  /** Bound to a loopback address only: unreachable from other hosts. */
  readonly loopback: boolean;
}

export interface RestListeners {
  /** The entry that configures the listeners; undefined when Kafka's default applies. */
  readonly entry: Entry | undefined;
  readonly listeners: readonly RestListener[];
  /** How the listeners came about, for messages. */
  readonly source: 'listeners' | 'legacy' | 'default';
}

const LOOPBACK_HOSTS = new Set(['localhost', 'ip6-localhost', '::1', '0:0:0:0:0:0:0:1']);

/** True for hosts that only the local machine reaches. An empty host binds every interface. */
export function isLoopbackHost(host: string): boolean {
  const lower = host.trim().toLowerCase();
  return LOOPBACK_HOSTS.has(lower) || /^127(\.\d{1,3}){3}$/.test(lower);
}

function toRestListeners(value: string): RestListener[] {
  return parseListeners(value).map((listener) => ({
    protocol: listener.name.toLowerCase(),
    host: listener.host,
    port: listener.port,
    text: listener.text,
    offset: listener.offset,
    loopback: isLoopbackHost(listener.host),
  }));
}

/**
 * The listeners the REST server opens. Without `listeners`, Kafka before 3.0 builds one
 * from `rest.host.name` / `rest.port`; from 3.0 those keys are gone and the default
 * `http://:8083` (all interfaces) applies. Undefined when the value is a `${…}` reference.
 */
export function restListeners(doc: ConfigDocument): RestListeners | undefined {
  const entry = doc.get('listeners');
  if (entry && entry.value.trim() !== '') {
    if (isUnknownValue(entry)) return undefined;
    return { entry, listeners: toRestListeners(entry.value), source: 'listeners' };
  }
  const host = doc.get('rest.host.name');
  const port = doc.get('rest.port');
  if (!isAtLeast(doc.kafkaVersion, '3.0') && (host || port)) {
    const text = `http://${host?.value.trim() ?? ''}:${port?.value.trim() ?? '8083'}`;
    return { entry: host ?? port, listeners: toRestListeners(text).map((listener) => ({ ...listener, offset: 0 })), source: 'legacy' };
  }
  return { entry: undefined, listeners: toRestListeners('http://:8083'), source: 'default' };
}

/** `admin.listeners`: undefined when unset (admin endpoints ride on `listeners`); [] when disabled. */
export function adminListeners(doc: ConfigDocument): { entry: Entry; listeners: RestListener[] } | undefined {
  const entry = doc.get('admin.listeners');
  if (!entry || isUnknownValue(entry)) return undefined;
  return { entry, listeners: entry.value.trim() === '' ? [] : toRestListeners(entry.value) };
}

/** A comma-separated LIST value as ConfigDef parses it: trimmed items, blanks dropped. */
export function listValue(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const BASIC_AUTH_EXTENSION = 'BasicAuthSecurityRestExtension';

/**
 * REST extensions that are known not to authenticate anyone. Any other extension is given
 * the benefit of the doubt: a custom extension is the documented way to add REST auth.
 */
const NON_AUTH_EXTENSIONS = [/\.ReplicatorMonitoringExtension$/];

/**
 * Confluent Platform's Jetty initializers that authenticate every REST request
 * (`rest.servlet.initializor.classes`, read by Confluent's distribution of Connect, not by
 * Apache Kafka's): OAuth bearer tokens, MDS bearer tokens or basic auth, or the
 * multi-mechanism AuthenticationHandler.
 */
const AUTHENTICATING_INITIALIZERS = /^io\.confluent\.common\.security\.jetty\.initializer\.(?:InstallOAuthSecurityHandler|InstallBearerOrBasicSecurityHandler|AuthenticationHandler)$/;

export interface RestAuth {
  readonly entry: Entry | undefined;
  readonly extensions: readonly string[];
  /** Confluent's `rest.servlet.initializor.classes`. */
  readonly initializers: readonly string[];
  /** BasicAuthSecurityRestExtension is configured. */
  readonly basic: boolean;
  /** Some configured extension may authenticate callers. */
  readonly authenticating: boolean;
}

export function restAuth(doc: ConfigDocument): RestAuth {
  const entry = doc.get('rest.extension.classes');
  const extensions = listValue(entry?.value);
  const basic = extensions.some((name) => name === BASIC_AUTH_EXTENSION || name.endsWith(`.${BASIC_AUTH_EXTENSION}`));
  const initializerEntry = doc.get('rest.servlet.initializor.classes');
  const initializers = listValue(initializerEntry?.value);
  const authenticating =
    Boolean(isUnknownValue(entry)) ||
    extensions.some((name) => !NON_AUTH_EXTENSIONS.some((pattern) => pattern.test(name))) ||
    isUnknownValue(initializerEntry) ||
    initializers.some((name) => AUTHENTICATING_INITIALIZERS.test(name));
  return { entry, extensions, initializers, basic, authenticating };
}

/**
 * `ssl.client.auth` of the REST server's TLS: `listeners.https.` keys replace the
 * unprefixed `ssl.*` all-or-nothing (AbstractConfig.valuesWithPrefixAllOrNothing), and the
 * admin listener reads `admin.listeners.https.` the same way.
 */
export function restClientAuth(doc: ConfigDocument, prefix: 'listeners.https.' | 'admin.listeners.https.' = 'listeners.https.'): string {
  const prefixed = doc.withPrefix(prefix);
  const value = prefixed.length > 0 ? doc.get(`${prefix}ssl.client.auth`)?.value : doc.get('ssl.client.auth')?.value;
  return (value ?? 'none').trim().toLowerCase();
}

/** A listener that authenticates every caller by itself: https with `ssl.client.auth=required`. */
export function listenerRequiresClientCertificate(doc: ConfigDocument, listener: RestListener, prefix: 'listeners.https.' | 'admin.listeners.https.' = 'listeners.https.'): boolean {
  return listener.protocol === 'https' && restClientAuth(doc, prefix) === 'required';
}

/** A MirrorMaker 2 dedicated-mode config (connect-mirror-maker.properties): it lists `clusters`. */
export function isMirrorMakerConfig(doc: ConfigDocument): boolean {
  return doc.has('clusters');
}

const DISTRIBUTED_KEYS = ['group.id', 'config.storage.topic', 'offset.storage.topic', 'status.storage.topic'];

/** True when the worker runs in distributed mode (DistributedConfig requires these keys). */
export function isDistributedWorker(doc: ConfigDocument): boolean {
  return DISTRIBUTED_KEYS.some((key) => doc.has(key));
}

/** A Connect worker that serves the public REST API (not a MirrorMaker 2 dedicated config). */
export function servesRestApi(doc: ConfigDocument): boolean {
  return doc.hasRole('worker') && !isMirrorMakerConfig(doc);
}

/** A listener for messages: `http://:8083 (all interfaces)`. */
export function describeListener(listener: RestListener): string {
  const where = listener.host === '' || listener.host === '0.0.0.0' || listener.host === '::' ? 'all interfaces' : listener.host;
  return `${listener.text} (${where})`;
}

/**
 * The REST listeners anyone on the network can call without credentials: not loopback,
 * no TLS client authentication, and no authenticating REST extension. [] when the value
 * is unknown (a `${…}` reference).
 */
export function unauthenticatedRestListeners(doc: ConfigDocument): RestListener[] {
  if (!servesRestApi(doc) || restAuth(doc).authenticating) return [];
  const rest = restListeners(doc);
  if (!rest) return [];
  return rest.listeners.filter((listener) => !listener.loopback && !listenerRequiresClientCertificate(doc, listener));
}

/**
 * True when an entry's value cannot be known statically: a `${provider:…}` reference or a
 * template of another tool (compose `${VAR}`, Helm `{{ }}`). Such values are not judged.
 */
export function isUnknownValue(entry: Entry | undefined): boolean {
  return entry !== undefined && (entry.isProviderReference || entry.isTemplate === true);
}
