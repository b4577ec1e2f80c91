import type { ScanResult } from '../scan/scan.js';
import type { ReportOptions } from '../cli/format-report.js';

export function formatMarkdown(_result: ScanResult, _options: ReportOptions): string {
  throw new Error('markdown output is not available yet');
}
