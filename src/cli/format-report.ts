import type { Classification } from '../engine/finding.js';
import type { ScanResult } from '../scan/scan.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  readonly color: boolean;
  readonly showAll: boolean;
  readonly failOn: ReadonlySet<Classification>;
  readonly includeSuppressed: boolean;
  readonly category: string;
}

/** Loads only the formatter a run asks for. */
export async function formatReport(result: ScanResult, format: ReportFormat, options: ReportOptions): Promise<string> {
  switch (format) {
    case 'text':
      return (await import('../report/text.js')).formatText(result, options);
    case 'json':
      return (await import('../report/json.js')).formatJson(result);
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(result, options);
    case 'markdown':
      return (await import('../report/markdown.js')).formatMarkdown(result, options);
  }
}
