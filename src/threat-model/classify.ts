import type { Finding, LocatedFinding } from '../engine/finding.js';
import { POSTURES, type Posture } from '../rule-kit/types.js';
import type { Glob } from '../util/glob.js';
import type { KnownNonFinding, Policy, ValueCondition } from './policy.js';

/**
 * Judges one finding against the policy, first match wins (DESIGN.md):
 * out of scope (§3) → trusted attacker (§7) → known non-finding (§11a) → posture (§5) → VALID.
 * `path` is the file relative to the scan root, which is what the policy's globs name.
 * `shownPath`, the file as the user named it (relative to the current folder), is matched
 * too: `scan examples/dev` makes `dev/` the root, and its files are still in a `dev/` folder.
 */
export function classifyFinding(finding: LocatedFinding, path: string, policy: Policy, shownPath?: string): Finding {
  const { value: _value, ...rest } = finding;
  const judged = (classification: Finding['classification'], reason: string, section: string): Finding => ({
    ...rest,
    classification,
    reason,
    section,
  });

  const place = placeOf(path, policy, shownPath !== undefined && shownPath !== path && isBelowCurrentFolder(shownPath) ? shownPath : undefined);
  if (place.outOfScope) {
    const { scope, glob } = place.outOfScope;
    return judged('OUT-OF-MODEL', `${scope.reason} (the path matches ${glob.source})`, policy.sections.scope);
  }

  if (policy.trusted.includes(finding.attacker)) {
    return judged('OUT-OF-MODEL', `the attacker this rule needs (${finding.attacker}) is trusted in this threat model`, policy.sections.trusted);
  }

  const known = policy.knownNonFindings.find((entry) => matchesKnownNonFinding(entry, finding));
  if (known) return judged('BY-DESIGN', known.reason, `${policy.sections.nonFindings}:${known.id}`);

  const { posture, glob } = place.posture;
  const why = glob ? `the path matches ${glob.source}` : 'the default posture';
  if (POSTURES.indexOf(posture) < POSTURES.indexOf(finding.posture)) {
    return judged('BY-DESIGN', `accepted in a ${posture} deployment (${why}); this rule applies from the ${finding.posture} posture on`, policy.sections.postures);
  }
  return judged('VALID', `a real problem in a ${posture} deployment (${why})`, policy.sections.postures);
}

/** What the policy's globs say of one file: the §3 entry that puts it out of scope, and its §5 posture. */
interface Place {
  readonly outOfScope: { readonly scope: Policy['outOfScope'][number]; readonly glob: Glob } | undefined;
  readonly posture: ReturnType<typeof postureMatch>;
}

/** Per policy and path: a file's findings share one answer, so its globs run once per file, not per finding. */
const places = new WeakMap<Policy, Map<string, Place>>();

function placeOf(path: string, policy: Policy, shownPath: string | undefined): Place {
  let byPath = places.get(policy);
  if (!byPath) places.set(policy, (byPath = new Map()));
  const cacheKey = shownPath === undefined ? path : `${path}\u0000${shownPath}`;
  let place = byPath.get(cacheKey);
  if (!place) {
    const paths = shownPath === undefined ? [path] : [path, shownPath];
    let outOfScope: Place['outOfScope'];
    for (const scope of policy.outOfScope) {
      const glob = scope.paths.find((candidate) => matchesAny(candidate, paths));
      if (glob) {
        outOfScope = { scope, glob };
        break;
      }
    }
    place = { outOfScope, posture: postureMatch(paths, policy) };
    byPath.set(cacheKey, place);
  }
  return place;
}

function matchesAny(glob: Glob, paths: readonly string[]): boolean {
  return paths.some((path) => glob.matches(path));
}

/** A relative path that does not climb out of the current folder (`../x` names nothing the user is in). */
function isBelowCurrentFolder(path: string): boolean {
  return path !== '' && !path.startsWith('/') && path !== '..' && !path.startsWith('../') && !/^[A-Za-z]:/.test(path);
}

/** The posture of a file: the strictest of the lists that name it, else the default. */
export function postureOf(path: string, policy: Policy): Posture {
  return postureMatch(path, policy).posture;
}

/**
 * The posture of a file and the glob that decided it (none when the default applies): the
 * strictest list naming the path, or any of the paths (a file as seen from the scan root
 * and as the user named it).
 */
export function postureMatch(path: string | readonly string[], policy: Policy): { readonly posture: Posture; readonly glob: Glob | undefined } {
  const paths = typeof path === 'string' ? [path] : path;
  let strictest: { posture: Posture; glob: Glob } | undefined;
  for (const { posture, globs } of policy.postures) {
    const glob = globs.find((candidate) => matchesAny(candidate, paths));
    if (!glob) continue;
    if (strictest === undefined || POSTURES.indexOf(posture) > POSTURES.indexOf(strictest.posture)) strictest = { posture, glob };
  }
  return strictest ?? { posture: policy.defaultPosture, glob: undefined };
}

export function matchesKnownNonFinding(entry: KnownNonFinding, finding: LocatedFinding): boolean {
  if (entry.rule !== undefined && entry.rule !== finding.ruleId) return false;
  if (entry.key !== undefined && !keyMatches(entry.key, finding.key)) return false;
  if (entry.when === undefined) return true;
  // A condition on the value holds only for a value the finding carries: a finding about
  // an absent key has none unless the engine passes the effective (default) value.
  return finding.value !== undefined && conditionHolds(entry.when, finding.value);
}

const keyPatterns = new Map<string, RegExp>();

/**
 * A §11a key matches the finding's key exactly, or its per-listener forms
 * (`listener.name.<l>.sasl.server.max.receive.size`, `listener.name.<l>.<mechanism>.…`).
 * `*` matches any run of characters: `config.providers.*.param.allowed.paths`.
 */
export function keyMatches(policyKey: string, key: string): boolean {
  if (key === '') return false;
  if (!policyKey.includes('*')) return key === policyKey || (key.startsWith('listener.name.') && key.endsWith(`.${policyKey}`));
  let pattern = keyPatterns.get(policyKey);
  if (!pattern) {
    const body = policyKey.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+');
    pattern = new RegExp(`^(?:listener\\.name\\.[^.]+\\.(?:[^.]+\\.)?)?${body}$`, 's');
    keyPatterns.set(policyKey, pattern);
  }
  return pattern.test(key);
}

/** Whether a value satisfies a §11a `when`: numbers compare as numbers, `=`/`!=` also as text. */
export function conditionHolds(condition: ValueCondition, value: string): boolean {
  if (condition.kind === 'regex') return condition.regex.test(value);
  const text = value.trim();
  const left = Number(text);
  const right = Number(condition.operand);
  const numeric = text !== '' && Number.isFinite(left) && Number.isFinite(right);
  switch (condition.operator) {
    case '=':
      return numeric ? left === right : text === condition.operand;
    case '!=':
      return numeric ? left !== right : text !== condition.operand;
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
