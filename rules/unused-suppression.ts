import { defineRule } from '../src/rule-kit/index.js';

/**
 * The findings of this rule come from the inline-suppression step
 * (src/engine/suppressions.ts), which runs after classification: only there is it known
 * whether a `# connect-audit-ignore` comment matched a finding. Each finding takes the
 * attacker and posture of the rule the comment names, so the threat model judges it like
 * the finding it would hide; the values below apply when the comment names no known rule.
 */
export default defineRule({
  id: 'unused-suppression',
  title: 'Inline suppression comment hides nothing',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller', 'worker', 'connector', 'client'],
  attacker: 'network-client',
  posture: 'production',
  references: ['https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives'],

  *check() {
    // Reported by the suppression step, not by reading the document.
  },
});
