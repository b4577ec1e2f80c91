import type { Attacker, Posture } from '../rule-kit/types.js';
import type { Glob } from '../util/glob.js';

/** Where a policy element was written in THREAT_MODEL.md, for reasons and errors. */
export interface PolicySource {
  readonly line: number;
  readonly column: number;
}

export interface ScopeExclusion {
  readonly paths: readonly Glob[];
  readonly reason: string;
  readonly source: PolicySource;
}

export interface PostureGlobs {
  readonly posture: Posture;
  readonly globs: readonly Glob[];
}

/** A §11a condition on the finding's value: a comparison or a regular expression. */
export type ValueCondition =
  | { readonly kind: 'compare'; readonly operator: '=' | '!=' | '<' | '<=' | '>' | '>='; readonly operand: string; readonly text: string }
  | { readonly kind: 'regex'; readonly regex: RegExp; readonly text: string };

export interface KnownNonFinding {
  readonly id: string;
  readonly rule: string | undefined;
  readonly key: string | undefined;
  readonly when: ValueCondition | undefined;
  readonly reason: string;
  readonly source: PolicySource;
}

/** THREAT_MODEL.md as the scanner reads it. */
export interface Policy {
  /** The file it came from (`<built-in>` for the shipped default) and its sha256. */
  readonly path: string;
  readonly sha256: string;
  readonly outOfScope: readonly ScopeExclusion[];
  readonly defaultPosture: Posture;
  readonly postures: readonly PostureGlobs[];
  readonly trusted: readonly Attacker[];
  readonly knownNonFindings: readonly KnownNonFinding[];
  /** The section ids that carried each kind of block, e.g. `§3`; used in reasons. */
  readonly sections: { readonly scope: string; readonly postures: string; readonly trusted: string; readonly nonFindings: string };
}
