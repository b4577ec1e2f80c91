import type { ConfigDocument } from '../model/config-document.js';
import type { Deployment } from '../model/deployment.js';
import { FILE_START } from '../model/location.js';
import type { Rule, RawFinding, RuleContext } from '../rule-kit/types.js';
import { compareStrings } from '../util/compare.js';
import { sha256Hex } from '../util/hash.js';
import type { KafkaVersion } from '../util/version.js';
import type { LocatedFinding } from './finding.js';
import { hashValue } from './value-hash.js';
import { isSecretKey } from '../model/kafka/secret-keys.js';
import { errorName } from '../util/error-name.js';

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
  for (const doc of deployment.documents) {
    for (const rule of rules) {
      if (!ruleAppliesTo(rule, doc)) continue;
      const run = runRule(rule, doc, kafkaVersion, deployment)!;
      findings.push(...run.findings);
      failures.push(...run.failures);
    }
  }
  return { findings: sortFindings(findings), failures };
}

export function ruleAppliesTo(rule: Rule, doc: ConfigDocument): boolean {
  const roles = rule.appliesTo ?? [rule.component];
  return roles.some((role) => doc.hasRole(role));
}

/**
 * One rule over one document, findings in the order the rule yields them. Without a
 * deployment (a scan streaming its files, src/scan/scan.ts), a rule that reads
 * `ctx.deployment` is stopped and undefined is returned: it judges this document against
 * others, so it must run again once the scan has met them all. Without `fingerprints`, each
 * finding's fingerprint and value hash are '' (a report that prints neither).
 */
export function runRule(rule: Rule, doc: ConfigDocument, kafkaVersion: KafkaVersion, deployment: Deployment | undefined, fingerprints = true): RuleRun | undefined {
  const findings: LocatedFinding[] = [];
  const failures: RuleFailure[] = [];
  const ctx = deployment ? { deployment, kafkaVersion } : new DeploymentNotKnown(kafkaVersion);
  try {
    for (const raw of rule.check(doc, ctx)) {
      // An absent key in a fragment is set by the file it overlays, so it is not judged.
      if (!raw.entry && doc.isFragment) continue;
      findings.push(locate(rule, doc, raw, fingerprints));
    }
  } catch (error) {
    failures.push({ ruleId: rule.id, file: doc.file, message: internalErrorKind(error) });
  }
  if (ctx instanceof DeploymentNotKnown && ctx.asked) return undefined;
  return findings.length === 0 && failures.length === 0 ? NOTHING_FOUND : { findings, failures };
}

/** A rule run that found nothing (most do): one shared object. Never mutated. */
const NOTHING_FOUND: RuleRun = Object.freeze({ findings: Object.freeze([]) as unknown as LocatedFinding[], failures: Object.freeze([]) as unknown as RuleFailure[] });

/** The context of a rule run before the deployment is known: reading `deployment` stops the rule. */
class DeploymentNotKnown implements RuleContext {
  asked = false;
  constructor(readonly kafkaVersion: KafkaVersion) {}
  get deployment(): Deployment {
    this.asked = true;
    throw DEPLOYMENT_NOT_KNOWN;
  }
}

/**
 * How a rule's exception is reported: its kind only (`internal error (TypeError)`). Its
 * message may quote the value the rule was reading, which may be a secret.
 */
function internalErrorKind(error: unknown): string {
  return `internal error (${errorName(error)})`;
}

/** Thrown at a rule that reads the deployment too early: one object, no stack trace to capture per document. */
const DEPLOYMENT_NOT_KNOWN: unknown = Object.freeze({ reason: 'the deployment is not known yet' });

/** What findings are sorted and told apart by. */
type Placed = Pick<LocatedFinding, 'file' | 'line' | 'column' | 'ruleId' | 'message'>;

/**
 * Sorted by place, rule and message (a stable sort: ties keep the order they were found
 * in), duplicates dropped. Classifying does not change any of these, so it may come first.
 */
export function sortFindings<T extends Placed>(findings: T[]): T[] {
  return dedupe(findings.sort(compareFindings));
}

function locate(rule: Rule, doc: ConfigDocument, raw: RawFinding, fingerprints: boolean): LocatedFinding {
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
    // An absent key is judged by its default, so section 11a `when` conditions see that value.
    value: raw.entry?.value ?? (raw.key !== undefined ? doc.effective(raw.key) : undefined),
    // SHA-256 in JavaScript, ~60 microseconds each on code V8 has not optimised: only for a report that prints them.
    valueHash: fingerprints ? hashValue(rule.id, key, raw.entry?.value, rule.attacker === 'repo-reader' || isSecretKey(key)) : '',
    message: raw.message,
    fingerprint: fingerprints ? sha256Hex([rule.id, doc.file, doc.name ?? '', key, raw.discriminator ?? ''].join('\u0000')).slice(0, 32) : '',
  };
}

export function compareFindings(a: Placed, b: Placed): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

/** One finding per rule, place and message: a key seen through two documents of one file reports once. */
function dedupe<T extends Placed>(sorted: T[]): T[] {
  return sorted.filter((finding, index) => {
    const previous = sorted[index - 1];
    return !previous || compareFindings(previous, finding) !== 0;
  });
}
