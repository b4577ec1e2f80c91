import type { Rule } from './types.js';

export type { Rule, RuleMeta, RawFinding, RuleContext, Severity, Attacker, Posture, Component } from './types.js';
export { redact } from './redact.js';

/** Declares a rule; freezing it keeps the catalog immutable at run time. */
export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}
