import { formatVersion, type KafkaVersion } from '../util/version.js';
import type { Entry } from './entry.js';
import type { Role } from './roles.js';
import { defaultValue } from './defaults/index.js';
import { COMPONENT_SETTINGS, COMPOSE_OVERLAY } from './adapters/note-kinds.js';

/** The input format a document was read from. */
export type SourceFormat = 'properties' | 'json' | 'yaml' | 'compose' | 'strimzi' | 'cfk' | 'helm' | 'jaas' | 'javascript';

export interface ConfigDocumentInit {
  /** The file, `/`-separated, relative to the current directory. */
  file: string;
  format: SourceFormat;
  /** The roles this config plays; the first is the primary one. */
  roles: readonly Role[];
  entries: readonly Entry[];
  kafkaVersion: KafkaVersion;
  /** True when the version came from the input (Strimzi spec.version, an image tag). */
  kafkaVersionFromInput?: boolean;
  /** Where the input names the version: `image confluentinc/cp-server:7.9.0`, `Strimzi spec.version`. */
  kafkaVersionSource?: string;
  /** A name for this document inside its file: connector name, compose service, resource name. */
  name?: string;
  /** A deployment group (Strimzi cluster, compose project) that ties workers and connectors. */
  group?: string;
  /** Notes from the adapter, e.g. keys Strimzi drops; rules may report them. */
  notes?: readonly AdapterNote[];
  /** The file's comments, for inline suppressions (`# connect-audit-ignore …`). */
  comments?: readonly SourceComment[];
}

/** A comment of the source file: its 1-based line and the text after `#` or `!`. */
export interface SourceComment {
  readonly line: number;
  readonly text: string;
}

/** Something an adapter knows about the input that is not a config entry. */
export interface AdapterNote {
  readonly kind: string;
  readonly entry: Entry;
  readonly detail: string;
}

/**
 * One Kafka configuration as Kafka would load it: entries in source order, last
 * duplicate wins, and effective values that fall back to the default for the version.
 */
export class ConfigDocument {
  readonly file: string;
  readonly format: SourceFormat;
  readonly roles: readonly Role[];
  readonly entries: readonly Entry[];
  readonly kafkaVersion: KafkaVersion;
  readonly kafkaVersionFromInput: boolean;
  readonly kafkaVersionSource: string | undefined;
  readonly name: string | undefined;
  readonly group: string | undefined;
  readonly notes: readonly AdapterNote[];
  readonly comments: readonly SourceComment[];
  readonly #byKey = new Map<string, Entry>();

  constructor(init: ConfigDocumentInit) {
    this.file = init.file;
    this.format = init.format;
    this.roles = init.roles;
    this.entries = init.entries;
    this.kafkaVersion = init.kafkaVersion;
    this.kafkaVersionFromInput = init.kafkaVersionFromInput ?? false;
    this.kafkaVersionSource = init.kafkaVersionSource;
    this.name = init.name;
    this.group = init.group;
    this.notes = init.notes ?? [];
    this.comments = init.comments ?? [];
    for (const entry of init.entries) this.#byKey.set(entry.key, entry);
  }

  /**
   * The version for messages, saying where it comes from when the input names it:
   * `Kafka 3.9.0 (image confluentinc/cp-server:7.9.0)`, `Kafka 4.1.0 (Strimzi spec.version)`.
   */
  get kafkaVersionText(): string {
    const version = `Kafka ${formatVersion(this.kafkaVersion)}`;
    if (!this.kafkaVersionFromInput) return version;
    return `${version} (${this.kafkaVersionSource ?? 'version from the input'})`;
  }

  get role(): Role {
    return this.roles[0] ?? 'client';
  }

  /**
   * True for a document whose unset keys are not Kafka's defaults: one that completes a
   * config written elsewhere (a compose overlay), or a Confluent component's settings (its
   * defaults are its own). Only what it sets is judged.
   */
  get isFragment(): boolean {
    return this.notes.some((note) => note.kind === COMPOSE_OVERLAY || note.kind === COMPONENT_SETTINGS);
  }

  hasRole(role: Role): boolean {
    return this.roles.includes(role);
  }

  /** The entry that wins for `key` (the last one written), if the key is set. */
  get(key: string): Entry | undefined {
    return this.#byKey.get(key);
  }

  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  /** The winning entries, in source order of their last occurrence. */
  effectiveEntries(): Entry[] {
    return [...this.#byKey.values()];
  }

  /** Winning entries whose key starts with `prefix`. */
  withPrefix(prefix: string): Entry[] {
    return this.effectiveEntries().filter((entry) => entry.key.startsWith(prefix));
  }

  /** The value Kafka would use: the explicit one, else the default for this document's version. */
  effective(key: string): string | undefined {
    const entry = this.#byKey.get(key);
    if (entry) return entry.value;
    return defaultValue(key, this.kafkaVersion, this.role);
  }

  /** Entries written more than once (all but the last are ignored by Kafka). */
  shadowedEntries(): Entry[] {
    return this.entries.filter((entry) => this.#byKey.get(entry.key) !== entry);
  }
}
