import type { ScanResult } from '../scan/scan.js';
import type { ReportOptions } from '../cli/format-report.js';

/**
 * One line per finding, `file:line:column: severity rule-id: message [CLASS]`, the shape
 * editors, `grep` and pre-commit output expect (like ESLint's `unix` formatter). Lists
 * the findings in the --fail-on classes (all of them with --show-all), then the errors.
 */
export function formatCompact(result: ScanResult, options: ReportOptions): string {
  return [...compactChunks(result, options)].join('');
}

/** Findings written per chunk of this many lines (the CLI writes each chunk as it comes). */
const CHUNK_LINES = 1000;

/** The compact report in chunks of whole lines, each ending in a newline. */
export function* compactChunks(result: ScanResult, options: ReportOptions): Generator<string> {
  let lines: string[] = [];
  const flush = (): string => {
    const chunk = `${lines.join('\n')}\n`;
    lines = [];
    return chunk;
  };
  for (const finding of result.findings) {
    if (!options.showAll && !options.failOn.has(finding.classification)) continue;
    lines.push(`${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${oneLine(finding.message)} [${finding.classification}]`);
    if (lines.length >= CHUNK_LINES) yield flush();
  }
  for (const error of result.errors) {
    lines.push(`${error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file}: error: ${oneLine(error.message)}`);
  }
  let failing = 0;
  for (const finding of result.findings) if (options.failOn.has(finding.classification)) failing++;
  const others = result.findings.length - failing;
  const tail = others > 0 && !options.showAll ? `; ${others} more accepted or out of model (--show-all lists them)` : '';
  const classes = options.failOn.size > 0 ? [...options.failOn].join(', ') : 'none';
  lines.push(`connect-audit: ${failing} finding${failing === 1 ? '' : 's'} in ${classes}${tail}; ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; ${result.filesScanned} file${result.filesScanned === 1 ? '' : 's'}`);
  yield flush();
}

/** Line breaks become single spaces (split and trim: no backtracking on long runs of spaces). */
function oneLine(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
