import type { ScanResult } from '../scan/scan.js';
import { summarize } from './summary.js';

/** The JSON contract of DESIGN.md: every finding, every error, the threat model used. */
export function formatJson(result: ScanResult): string {
  const report = {
    tool: result.tool,
    version: result.version,
    threatModel: result.threatModel,
    kafkaVersion: result.kafkaVersion,
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      title: finding.title,
      severity: finding.severity,
      classification: finding.classification,
      reason: finding.reason,
      section: finding.section,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      key: finding.key,
      message: finding.message,
      component: finding.component,
      attacker: finding.attacker,
      references: finding.references,
      fingerprint: finding.fingerprint,
    })),
    errors: result.errors,
    summary: summarize(result),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
