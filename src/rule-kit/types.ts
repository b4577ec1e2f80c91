import type { ConfigDocument } from '../model/config-document.js';
import type { Deployment } from '../model/deployment.js';
import type { Entry } from '../model/entry.js';
import type { Span } from '../model/location.js';
import type { Role } from '../model/roles.js';
import type { KafkaVersion } from '../util/version.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export type Component = Role;

/** Who must act for the risk to be real (DESIGN.md's fixed vocabulary). */
export type Attacker =
  | 'network-client'
  | 'authenticated-client'
  | 'rest-client'
  | 'repo-reader'
  | 'local-user'
  | 'operator'
  | 'cluster-peer';
export const ATTACKERS: readonly Attacker[] = [
  'network-client',
  'authenticated-client',
  'rest-client',
  'repo-reader',
  'local-user',
  'operator',
  'cluster-peer',
];

/** Deployment postures, least strict first. */
export type Posture = 'development' | 'production' | 'hardened';
export const POSTURES: readonly Posture[] = ['development', 'production', 'hardened'];

export interface RuleMeta {
  /** Stable kebab-case id: SARIF ruleId, baseline key, §11a `rule:` reference. Never renamed. */
  readonly id: string;
  /** The risk stated as a fact about the config; sentence case, no trailing period. */
  readonly title: string;
  readonly severity: Severity;
  readonly component: Component;
  /** The roles of documents the rule reads; defaults to `[component]`. */
  readonly appliesTo?: readonly Role[];
  /** Who must act for the risk to be real; §7 `trusted` turns this into OUT-OF-MODEL. */
  readonly attacker: Attacker;
  /** The least strict posture in which the finding is VALID; BY-DESIGN below it. */
  readonly posture: Posture;
  /** KIP-n, CVE-yyyy-nnnn, CWE-n or https:// links; at least one. */
  readonly references: readonly [string, ...string[]];
  /** CWE ids (numbers) for SARIF tags, e.g. `[319]`. */
  readonly cwe?: readonly number[];
}

/** What a rule reports: about an entry, or about the document when a key is absent. */
export interface RawFinding {
  /** The entry the finding is about; omit for findings about an absent key. */
  readonly entry?: Entry;
  /** The key the finding is about, when there is no entry (an absent key). */
  readonly key?: string;
  /** A narrower region than the entry's span, e.g. one listener inside `listeners`. */
  readonly span?: Span;
  /** Names the key; never the raw value of a secret. Starts uppercase, ends with a period. */
  readonly message: string;
  /** Overrides the rule's severity, e.g. when the Kafka version makes it worse. */
  readonly severity?: Severity;
  /** Extra references for this finding (the CVE the version makes applicable). */
  readonly references?: readonly string[];
  /** Distinguishes several findings of one rule on one key, for fingerprints (e.g. listener name). */
  readonly discriminator?: string;
}

export interface RuleContext {
  /** Every document of the scan: connectors are judged with their workers. */
  readonly deployment: Deployment;
  /** The target version given by `--kafka-version` (a document may carry its own). */
  readonly kafkaVersion: KafkaVersion;
}

export interface Rule extends RuleMeta {
  check(doc: ConfigDocument, ctx: RuleContext): Iterable<RawFinding>;
}
