import type { Entry } from '../entry.js';
import type { Span } from '../location.js';

export type SecurityProtocol = 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';

export interface Listener {
  /** The listener name as written (`EXTERNAL`); Kafka compares names upper-cased. */
  readonly name: string;
  readonly host: string;
  readonly port: string;
  /** The listener's text inside the `listeners` value. */
  readonly text: string;
  /** Offset of `text` inside the value. */
  readonly offset: number;
}

/**
 * Splits a `listeners` value (`NAME://host:port,…`) as Kafka's
 * SocketServerConfigs.listenerListToEndPoints does: comma-separated, surrounding blanks
 * trimmed, the name before `://`.
 */
export function parseListeners(value: string): Listener[] {
  const listeners: Listener[] = [];
  let offset = 0;
  for (const part of value.split(',')) {
    const leading = part.length - part.trimStart().length;
    const text = part.trim();
    const separator = text.indexOf('://');
    if (separator > 0) {
      const name = text.slice(0, separator);
      const address = text.slice(separator + 3);
      const colon = address.lastIndexOf(':');
      listeners.push({
        name,
        host: colon === -1 ? address : address.slice(0, colon).replace(/^\[|\]$/g, ''),
        port: colon === -1 ? '' : address.slice(colon + 1),
        text,
        offset: offset + leading,
      });
    }
    offset += part.length + 1;
  }
  return listeners;
}

/** `listener.security.protocol.map` as a map from upper-cased listener name to protocol. */
export function parseProtocolMap(value: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!value) return map;
  for (const pair of value.split(',')) {
    const colon = pair.indexOf(':');
    if (colon === -1) continue;
    map.set(pair.slice(0, colon).trim().toUpperCase(), pair.slice(colon + 1).trim().toUpperCase());
  }
  return map;
}

/** The span of `part` (at `offset` in the entry's value) when the value sits on one line. */
export function spanWithinValue(entry: Entry, offset: number, length: number): Span {
  const { valueSpan } = entry;
  if (valueSpan.line !== valueSpan.endLine || valueSpan.endColumn - valueSpan.column !== entry.value.length) return entry.span;
  return { line: valueSpan.line, column: valueSpan.column + offset, endLine: valueSpan.line, endColumn: valueSpan.column + offset + length };
}
