import type { ScanResult } from '../scan/scan.js';
import type { ReportOptions } from '../cli/format-report.js';

/**
 * One line per finding, `file:line:column: severity rule-id: message [CLASS]`, the shape
 * editors, `grep` and pre-commit output expect (like ESLint's `unix` formatter). Lists
 * the findings in the --fail-on classes (all of them with --show-all), then the errors.
 */
export function formatCompact(result: ScanResult, options: ReportOptions): string {
  const lines: string[] = [];
  const shown = result.findings.filter((finding) => options.showAll || options.failOn.has(finding.classification));
  for (const finding of shown) {
    lines.push(`${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${oneLine(finding.message)} [${finding.classification}]`);
  }
  for (const error of result.errors) {
    lines.push(`${error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file}: error: ${oneLine(error.message)}`);
  }
  const failing = result.findings.filter((finding) => options.failOn.has(finding.classification)).length;
  const others = result.findings.length - failing;
  const tail = others > 0 && !options.showAll ? `; ${others} more accepted or out of model (--show-all lists them)` : '';
  const classes = options.failOn.size > 0 ? [...options.failOn].join(', ') : 'none';
  lines.push(`connect-audit: ${failing} finding${failing === 1 ? '' : 's'} in ${classes}${tail}; ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; ${result.filesScanned} file${result.filesScanned === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

/** Line breaks become single spaces (split and trim: no backtracking on long runs of spaces). */
function oneLine(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
