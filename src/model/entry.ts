import type { Span } from './location.js';
import { hasProviderReference } from './kafka/provider-reference.js';

/** One config setting as Kafka would see it, with where it was written. */
export interface Entry {
  /**
   * The Kafka config key (after adapters decode env names, Strimzi nesting, …), or the name of
   * an image's credential variable that becomes part of several keys (bitnami/kafka's
   * KAFKA_CLIENT_PASSWORDS, written into JAAS configurations).
   */
  readonly key: string;
  /** The decoded value Kafka reads (escapes resolved, continuations joined). */
  readonly value: string;
  /** The whole setting: from the start of the key to the end of the value. */
  readonly span: Span;
  /** Just the value, for findings about part of a value. */
  readonly valueSpan: Span;
  /** True when the value holds a `${provider:[path:]key}` reference anywhere. */
  readonly isProviderReference: boolean;
  /**
   * Where the key came from when it is not written literally, e.g.
   * `environment CONNECT_REST_LISTENERS` or `spec.config`; shown in messages.
   */
  readonly origin?: string;
  /** Set by adapters for values that are a template of another tool (`${VAR}` in compose, `{{ }}` in Helm). */
  readonly isTemplate?: boolean;
}

export interface EntryInit {
  key: string;
  value: string;
  span: Span;
  valueSpan?: Span;
  origin?: string;
  isTemplate?: boolean;
}

export function createEntry(init: EntryInit): Entry {
  const entry: Entry = {
    key: init.key,
    value: init.value,
    span: init.span,
    valueSpan: init.valueSpan ?? init.span,
    isProviderReference: hasProviderReference(init.value),
    ...(init.origin !== undefined ? { origin: init.origin } : {}),
    ...(init.isTemplate ? { isTemplate: true } : {}),
  };
  return Object.freeze(entry);
}
