import type { Classification } from '../engine/finding.js';
import type { Severity } from '../rule-kit/types.js';
import type { ScanResult } from '../scan/scan.js';

export interface Summary {
  readonly files: number;
  readonly findings: number;
  readonly byClassification: Record<Classification, number>;
  readonly bySeverity: Record<Severity, number>;
  readonly errors: number;
}

export function summarize(result: ScanResult): Summary {
  const byClassification: Record<Classification, number> = { VALID: 0, 'BY-DESIGN': 0, 'OUT-OF-MODEL': 0 };
  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const finding of result.findings) {
    byClassification[finding.classification]++;
    if (finding.classification === 'VALID') bySeverity[finding.severity]++;
  }
  return { files: result.filesScanned, findings: result.findings.length, byClassification, bySeverity, errors: result.errors.length };
}
