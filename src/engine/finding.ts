import type { Attacker, Component, Posture, Severity } from '../rule-kit/types.js';

export type Classification = 'VALID' | 'BY-DESIGN' | 'OUT-OF-MODEL';
export const CLASSIFICATIONS: readonly Classification[] = ['VALID', 'BY-DESIGN', 'OUT-OF-MODEL'];

/** A rule's finding placed in its file, before the threat model judges it. */
export interface LocatedFinding {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly component: Component;
  readonly attacker: Attacker;
  readonly posture: Posture;
  readonly references: readonly string[];
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The config key, or '' for a finding about the document as a whole. */
  readonly key: string;
  /** The value of the entry, kept for §11a `when` conditions; never printed by any formatter. */
  readonly value: string | undefined;
  /**
   * A salted, truncated hash of `value` (src/engine/value-hash.ts) that survives
   * classification: baselines key on it so that a changed value is a new finding.
   * '' when the scan computed none (ScanOptions.fingerprints).
   */
  readonly valueHash: string;
  readonly message: string;
  /** Stable across unrelated edits: rule, file, document name, key and discriminator — never the line. '' as valueHash. */
  readonly fingerprint: string;
}

/** A finding judged by the threat model. */
export interface Finding extends Omit<LocatedFinding, 'value'> {
  readonly classification: Classification;
  readonly reason: string;
  /** Where the decision came from: `§3`, `§7`, `§11a:<id>`, `§5`, `inline`. */
  readonly section: string;
}
