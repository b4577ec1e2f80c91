import type { ConfigDocument } from '../model/config-document.js';
import type { Deployment } from '../model/deployment.js';
import { FILE_START } from '../model/location.js';
import type { Rule, RawFinding } from '../rule-kit/types.js';
import { compareStrings } from '../util/compare.js';
import { sha256Hex } from '../util/hash.js';
import type { KafkaVersion } from '../util/version.js';
import type { LocatedFinding } from './finding.js';
import { hashValue } from './value-hash.js';

/** A rule that threw: reported as an error naming the rule and file, never swallowed. */
export interface RuleFailure {
  readonly ruleId: string;
  readonly file: string;
  readonly message: string;
}

export interface RuleRun {
  readonly findings: LocatedFinding[];
  readonly failures: RuleFailure[];
}

/** Runs every rule over every document whose roles it applies to, and sorts the findings. */
export function runRules(deployment: Deployment, rules: readonly Rule[], kafkaVersion: KafkaVersion): RuleRun {
  const findings: LocatedFinding[] = [];
  const failures: RuleFailure[] = [];
  const ctx = { deployment, kafkaVersion };
  for (const doc of deployment.documents) {
    for (const rule of rules) {
      const roles = rule.appliesTo ?? [rule.component];
      if (!roles.some((role) => doc.hasRole(role))) continue;
      try {
        for (const raw of rule.check(doc, ctx)) {
          // An absent key in a fragment is set by the file it overlays, so it is not judged.
          if (!raw.entry && doc.isFragment) continue;
          findings.push(locate(rule, doc, raw));
        }
      } catch (error) {
        failures.push({ ruleId: rule.id, file: doc.file, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { findings: dedupe(findings.sort(compareFindings)), failures };
}

function locate(rule: Rule, doc: ConfigDocument, raw: RawFinding): LocatedFinding {
  const span = raw.span ?? raw.entry?.span ?? FILE_START;
  const key = raw.entry?.key ?? raw.key ?? '';
  const references = raw.references ? [...rule.references, ...raw.references.filter((ref) => !rule.references.includes(ref))] : rule.references;
  return {
    ruleId: rule.id,
    title: rule.title,
    severity: raw.severity ?? rule.severity,
    component: rule.component,
    attacker: rule.attacker,
    posture: rule.posture,
    references,
    file: doc.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    key,
    // An absent key is judged by its default, so §11a `when` conditions see that value.
    value: raw.entry?.value ?? (raw.key !== undefined ? doc.effective(raw.key) : undefined),
    valueHash: hashValue(rule.id, key, raw.entry?.value),
    message: raw.message,
    fingerprint: sha256Hex([rule.id, doc.file, doc.name ?? '', key, raw.discriminator ?? ''].join('\u0000')).slice(0, 32),
  };
}

export function compareFindings(a: LocatedFinding, b: LocatedFinding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

/** One finding per rule, place and message: a key seen through two documents of one file reports once. */
function dedupe(sorted: LocatedFinding[]): LocatedFinding[] {
  return sorted.filter((finding, index) => {
    const previous = sorted[index - 1];
    return !previous || compareFindings(previous, finding) !== 0;
  });
}
