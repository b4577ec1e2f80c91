import type { Rule } from './types.js';

export type { Rule, RuleMeta, RawFinding, RuleContext, Severity, Attacker, Posture, Component } from './types.js';
export { redact } from './redact.js';
import type { Severity } from './types.js';

/** One step less severe (a finding that depends on something the input does not say). */
export function lowerSeverity(severity: Severity): Severity {
  return severity === 'critical' ? 'high' : severity === 'high' ? 'medium' : 'low';
}

/** Declares a rule; freezing it keeps the catalog immutable at run time. */
export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}
