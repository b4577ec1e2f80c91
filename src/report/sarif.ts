import type { ScanResult } from '../scan/scan.js';
import type { ReportOptions } from '../cli/format-report.js';

export function formatSarif(_result: ScanResult, _options: ReportOptions): string {
  throw new Error('SARIF output is not available yet');
}
