import type { Finding } from '../engine/finding.js';
import type { Severity } from '../rule-kit/types.js';
import type { ScanResult } from '../scan/scan.js';
import { summarize } from './summary.js';

export interface TextOptions {
  /** Colour the output (the CLI decides: a TTY without NO_COLOR); the caller passes the Styles. */
  readonly color: boolean;
  /** Also list BY-DESIGN and OUT-OF-MODEL findings with their reasons. */
  readonly showAll: boolean;
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

type Paint = (text: string) => string;

/** The styles the report uses: chalk's (src/report/colors.ts), or none. */
export interface Styles {
  readonly underline: Paint;
  readonly bold: Paint;
  readonly dim: Paint;
  readonly red: Paint & { readonly bold: Paint };
  readonly magenta: { readonly bold: Paint };
  readonly yellow: Paint;
  readonly blue: Paint;
  readonly green: Paint;
}

const same: Paint = (text) => text;

/** No colour (not a TTY, NO_COLOR): chalk and the terminal detection it loads are not needed. */
export const PLAIN: Styles = {
  underline: same,
  bold: same,
  dim: same,
  red: Object.assign((text: string) => text, { bold: same }),
  magenta: { bold: same },
  yellow: same,
  blue: same,
  green: same,
};

/**
 * Findings grouped by file, VALID first; the others are counted, and listed with `showAll`.
 * One file at a time (each chunk ends in a newline), so that the CLI can write it as it
 * goes: on a big tree the whole report is as large as every finding.
 */
export function* textChunks(result: ScanResult, options: TextOptions, c: Styles = PLAIN): Generator<string> {
  const shown = options.showAll ? result.findings : result.findings.filter((finding) => finding.classification === 'VALID');
  const byFile = new Map<string, Finding[]>();
  for (const finding of shown) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  for (const [file, findings] of byFile) {
    const out = [c.underline(file)];
    const ordered = [...findings].sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
    for (const finding of ordered) out.push(formatFinding(finding, c, options.showAll));
    yield `${out.join('\n')}\n\n`;
  }
  const out: string[] = [];
  for (const error of result.errors) {
    const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
    out.push(`${c.red('error')} ${where}: ${error.message}`);
  }
  if (result.errors.length > 0) out.push('');
  out.push(summaryLine(result, c, options.showAll));
  out.push(c.dim(`threat model: ${result.threatModel.path} (sha256 ${result.threatModel.sha256.slice(0, 12)}), Kafka ${result.kafkaVersion}`));
  yield `${out.join('\n')}\n`;
}

function rank(finding: Finding): number {
  const classRank = finding.classification === 'VALID' ? 0 : finding.classification === 'BY-DESIGN' ? 1 : 2;
  return classRank * 10 + SEVERITY_ORDER.indexOf(finding.severity);
}

function formatFinding(finding: Finding, c: Styles, showReason: boolean): string {
  const severity = severityLabel(finding.severity, c);
  const classification = finding.classification === 'VALID' ? c.bold(finding.classification) : c.dim(finding.classification);
  const head = `  ${c.dim(`${finding.line}:${finding.column}`.padEnd(8))}${severity} ${classification.padEnd(0)} ${finding.message} ${c.dim(finding.ruleId)}`;
  if (!showReason || finding.classification === 'VALID') return head;
  return `${head}\n          ${c.dim(`${finding.section}: ${finding.reason}`)}`;
}

function severityLabel(severity: Severity, c: Styles): string {
  const label = severity.padEnd(8);
  switch (severity) {
    case 'critical':
      return c.magenta.bold(label);
    case 'high':
      return c.red(label);
    case 'medium':
      return c.yellow(label);
    case 'low':
      return c.blue(label);
  }
}

function summaryLine(result: ScanResult, c: Styles, showAll: boolean): string {
  const summary = summarize(result);
  const { VALID: valid, 'BY-DESIGN': byDesign, 'OUT-OF-MODEL': outOfModel } = summary.byClassification;
  const counts = `${valid} VALID, ${byDesign} BY-DESIGN, ${outOfModel} OUT-OF-MODEL in ${summary.files} file${summary.files === 1 ? '' : 's'}`;
  const errors = summary.errors > 0 ? c.red(`, ${summary.errors} error${summary.errors === 1 ? '' : 's'}`) : '';
  const hint = !showAll && byDesign + outOfModel > 0 ? c.dim(' (--show-all lists them with their reasons)') : '';
  return `${valid > 0 ? c.red.bold(counts) : c.green(counts)}${errors}${hint}`;
}
