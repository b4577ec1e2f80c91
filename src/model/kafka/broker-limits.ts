import type { ConfigDocument } from '../config-document.js';
import type { Entry } from '../entry.js';

/** Kafka's bounds against resource exhaustion and their defaults (SocketServerConfigs, BrokerSecurityConfigs). */
export const SASL_SERVER_MAX_RECEIVE_SIZE_DEFAULT = 524288;
export const SOCKET_REQUEST_MAX_BYTES_DEFAULT = 104857600;
export const QUEUED_MAX_REQUESTS_DEFAULT = 500;
export const INT_MAX = 2147483647;

/** An INT or LONG config as ConfigDef parses it (trimmed, decimal); undefined when it is not a number. */
export function parseNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  return Number(text);
}

/** The entry of `key` and every `listener.name.<l>.[<mechanism>.]<key>` form of it. */
export function entriesOfKey(doc: ConfigDocument, key: string): Entry[] {
  return doc.effectiveEntries().filter((entry) => entry.key === key || (entry.key.startsWith('listener.name.') && entry.key.endsWith(`.${key}`)));
}

/** `1048576` → `1 MiB`, for messages. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && value % 1024 === 0 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value} ${units[unit]}`;
}
