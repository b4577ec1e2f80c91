import type { ConfigDocument } from '../config-document.js';
import {interBrokerListenerName, isTls, isUnknown, listenerSetting, type ListenerSetting, runsBroker, type ServerListener, serverListeners } from './broker-listeners.js';

/** One TLS listener with the value of a TLS setting for it. */
export interface TlsListenerSetting {
  readonly listener: ServerListener;
  readonly setting: ListenerSetting;
}

/**
 * The value of `key` for every TLS listener (SSL, SASL_SSL) of the node. With
 * `clientSide`, only the listeners the node itself dials: the inter-broker listener and
 * the KRaft controller listeners. Listeners whose setting is a provider reference are left out.
 */
export function tlsListenerSettings(doc: ConfigDocument, key: string, options: { clientSide?: boolean } = {}): TlsListenerSetting[] {
  const interBroker = runsBroker(doc) ? interBrokerListenerName(doc)?.upper : undefined;
  const out: TlsListenerSetting[] = [];
  for (const listener of serverListeners(doc)) {
    if (!isTls(listener.protocol)) continue;
    if (options.clientSide && !listener.isController && listener.upper !== interBroker) continue;
    if (!options.clientSide && !listener.listener && !listener.isController) continue;
    const setting = listenerSetting(doc, listener.name, key);
    if (isUnknown(setting.entry)) continue;
    out.push({ listener, setting });
  }
  return out;
}

/** Protocol versions JSSE still knows that are broken or deprecated (RFC 8996). */
export const LEGACY_TLS_PROTOCOLS: readonly string[] = ['SSLv2', 'SSLv2Hello', 'SSLv3', 'TLSv1', 'TLSv1.1'];

export function isLegacyProtocol(name: string): boolean {
  return LEGACY_TLS_PROTOCOLS.some((legacy) => legacy.toLowerCase() === name.trim().toLowerCase());
}

/** `ssl.protocol` values that select an SSLContext whose defaults are legacy protocols. */
export function isLegacyContextProtocol(name: string): boolean {
  return ['ssl', 'sslv2', 'sslv3', 'tlsv1', 'tlsv1.1'].includes(name.trim().toLowerCase());
}

/** A cipher suite name that is broken: no encryption, no authentication, export-grade, RC4, DES, 3DES, MD5. */
export function weakCipherReason(suite: string): string | undefined {
  const name = suite.trim().toUpperCase();
  if (/(^|_)NULL(_|$)/.test(name)) return 'no encryption';
  if (/(^|_)ANON(_|$)/.test(name) || /_DH_ANON_|_ECDH_ANON_/.test(name)) return 'no server authentication';
  if (/EXPORT/.test(name)) return 'export-grade';
  if (/(^|_)RC4(_|$)/.test(name)) return 'RC4';
  if (/3DES|DES_EDE|(^|_)DES(40)?(_|$)|DES_CBC/.test(name)) return 'DES/3DES';
  if (/_MD5$/.test(name)) return 'MD5';
  return undefined;
}
