import type { Finding, LocatedFinding } from '../engine/finding.js';
import { POSTURES, type Posture } from '../rule-kit/types.js';
import type { KnownNonFinding, Policy, ValueCondition } from './policy.js';

/**
 * Judges one finding against the policy, first match wins (DESIGN.md):
 * out of scope → trusted attacker → known non-finding → posture → VALID.
 * `path` is the file relative to the scan root, which is what the policy's globs name.
 */
export function classifyFinding(finding: LocatedFinding, path: string, policy: Policy): Finding {
  const { value: _value, ...rest } = finding;
  const judged = (classification: Finding['classification'], reason: string, section: string): Finding => ({
    ...rest,
    classification,
    reason,
    section,
  });

  const exclusion = policy.outOfScope.find((scope) => scope.paths.some((glob) => glob.matches(path)));
  if (exclusion) return judged('OUT-OF-MODEL', exclusion.reason, policy.sections.scope);

  if (policy.trusted.includes(finding.attacker)) {
    return judged('OUT-OF-MODEL', `the attacker (${finding.attacker}) is a trusted peer in this threat model`, policy.sections.trusted);
  }

  const known = policy.knownNonFindings.find((entry) => matchesKnownNonFinding(entry, finding));
  if (known) return judged('BY-DESIGN', known.reason, `${policy.sections.nonFindings}:${known.id}`);

  const posture = postureOf(path, policy);
  if (POSTURES.indexOf(posture) < POSTURES.indexOf(finding.posture)) {
    return judged(
      'BY-DESIGN',
      `accepted in a ${posture} deployment; this rule applies from the ${finding.posture} posture on`,
      policy.sections.postures,
    );
  }
  return judged('VALID', `a real problem in a ${posture} deployment`, policy.sections.postures);
}

/** The posture of a file: the strictest of the lists that name it, else the default. */
export function postureOf(path: string, policy: Policy): Posture {
  let strictest: Posture | undefined;
  for (const { posture, globs } of policy.postures) {
    if (!globs.some((glob) => glob.matches(path))) continue;
    if (strictest === undefined || POSTURES.indexOf(posture) > POSTURES.indexOf(strictest)) strictest = posture;
  }
  return strictest ?? policy.defaultPosture;
}

function matchesKnownNonFinding(entry: KnownNonFinding, finding: LocatedFinding): boolean {
  if (entry.rule !== undefined && entry.rule !== finding.ruleId) return false;
  if (entry.key !== undefined && !keyMatches(entry.key, finding.key)) return false;
  if (entry.when === undefined) return true;
  // A condition on the value cannot hold for a finding about an absent key unless it
  // compares with the default; the rule passes the effective value when it knows one.
  return finding.value !== undefined && conditionHolds(entry.when, finding.value);
}

/** `sasl.server.max.receive.size` also matches its per-listener forms `listener.name.x.….` */
function keyMatches(policyKey: string, key: string): boolean {
  return key === policyKey || (key.startsWith('listener.name.') && key.endsWith(`.${policyKey}`));
}

export function conditionHolds(condition: ValueCondition, value: string): boolean {
  if (condition.kind === 'regex') return condition.regex.test(value);
  const left = Number(value.trim());
  const right = Number(condition.operand);
  const numeric = value.trim() !== '' && Number.isFinite(left) && Number.isFinite(right);
  switch (condition.operator) {
    case '=':
      return numeric ? left === right : value.trim() === condition.operand;
    case '!=':
      return numeric ? left !== right : value.trim() !== condition.operand;
    case '<':
      return numeric && left < right;
    case '<=':
      return numeric && left <= right;
    case '>':
      return numeric && left > right;
    case '>=':
      return numeric && left >= right;
  }
}
