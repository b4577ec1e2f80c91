import type { Classification, Finding } from '../engine/finding.js';
import { CLASSIFICATIONS } from '../engine/finding.js';
import type { Severity } from '../rule-kit/types.js';
import type { ScanResult } from '../scan/scan.js';
import type { ReportOptions } from '../cli/format-report.js';

/**
 * A summary for a pull-request comment or $GITHUB_STEP_SUMMARY: counts per class and
 * severity, the findings that fail the run in a table with file:line links, everything
 * else collapsed in <details>. Every text that comes from an input is escaped, so a
 * message cannot inject Markdown, HTML or @-mentions.
 */

const SEVERITIES_DESC: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Rows per table: a PR comment holds 65,536 characters at most. */
export const MARKDOWN_MAX_ROWS = 150;

export function formatMarkdown(result: ScanResult, options: ReportOptions): string {
  const warn = options.warn ?? (() => undefined);
  const failing = options.failOn.size > 0 ? options.failOn : new Set<Classification>(['VALID']);
  const open = result.findings.filter((finding) => failing.has(finding.classification)).sort(bySeverity);
  const rest = result.findings.filter((finding) => !failing.has(finding.classification)).sort(bySeverity);
  const failingCount = result.findings.filter((finding) => options.failOn.has(finding.classification)).length;
  const out: string[] = [];

  out.push('## connect-audit', '');
  if (result.errors.length > 0) {
    out.push(`:x: **${plural(result.errors.length, 'input')} could not be read or parsed**: the scan is incomplete and fails closed.`);
  } else if (failingCount > 0) {
    out.push(`:x: **${plural(failingCount, 'finding')} in ${[...options.failOn].join(', ')}** ${failingCount === 1 ? 'fails' : 'fail'} the check.`);
  } else {
    out.push(`:white_check_mark: **No finding fails the check** (${options.failOn.size > 0 ? [...options.failOn].join(', ') : 'fail-on none'}).`);
  }
  out.push('');

  out.push('| class | critical | high | medium | low | total |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const classification of CLASSIFICATIONS) {
    const ofClass = result.findings.filter((finding) => finding.classification === classification);
    const cells = SEVERITIES_DESC.map((severity) => String(ofClass.filter((finding) => finding.severity === severity).length));
    const name = failing.has(classification) ? `**${classification}**` : classification;
    out.push(`| ${name} | ${cells.join(' | ')} | ${ofClass.length} |`);
  }
  out.push('');
  out.push(
    `${plural(result.filesScanned, 'file')} scanned · threat model ${code(result.threatModel.path)} (sha256 ${code(result.threatModel.sha256.slice(0, 12))}) · Kafka ${escapeMarkdown(result.kafkaVersion)}`,
    '',
  );

  if (open.length > 0) {
    out.push(`### ${[...failing].join(', ')} findings`, '');
    out.push('| severity | rule | location | finding |', '| --- | --- | --- | --- |');
    for (const finding of limit(open, 'findings table', warn)) {
      out.push(`| ${finding.severity} | ${rule(finding, options)} | ${location(finding, options)} | ${escapeMarkdown(finding.message)} |`);
    }
    if (open.length > MARKDOWN_MAX_ROWS) out.push('', `…and ${open.length - MARKDOWN_MAX_ROWS} more: see the SARIF or JSON report.`);
    out.push('');
  }

  if (rest.length > 0) {
    const counts = CLASSIFICATIONS.filter((classification) => !failing.has(classification))
      .map((classification) => `${rest.filter((finding) => finding.classification === classification).length} ${classification}`)
      .join(', ');
    out.push(`<details><summary>${escapeHtml(counts)} (accepted by the threat model or out of its scope)</summary>`, '');
    out.push('| class | severity | rule | location | finding | why |', '| --- | --- | --- | --- | --- | --- |');
    for (const finding of limit(rest, 'collapsed table', warn)) {
      out.push(
        `| ${finding.classification} | ${finding.severity} | ${rule(finding, options)} | ${location(finding, options)} | ${escapeMarkdown(finding.message)} | ${escapeMarkdown(finding.section)}: ${escapeMarkdown(finding.reason)} |`,
      );
    }
    if (rest.length > MARKDOWN_MAX_ROWS) out.push('', `…and ${rest.length - MARKDOWN_MAX_ROWS} more: see the SARIF or JSON report.`);
    out.push('', '</details>', '');
  }

  if (result.errors.length > 0) {
    out.push(`### Errors`, '');
    for (const error of result.errors) {
      const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
      out.push(`- ${code(where)}: ${escapeMarkdown(error.message)}`);
    }
    out.push('');
  }
  return `${trimTrailingNewlines(out.join('\n'))}\n`;
}

function trimTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(0, end);
}

function bySeverity(a: Finding, b: Finding): number {
  return SEVERITIES_DESC.indexOf(a.severity) - SEVERITIES_DESC.indexOf(b.severity);
}

function limit(findings: readonly Finding[], what: string, warn: (message: string) => void): readonly Finding[] {
  if (findings.length <= MARKDOWN_MAX_ROWS) return findings;
  warn(`markdown: the ${what} lists the first ${MARKDOWN_MAX_ROWS} of ${findings.length} findings`);
  return findings.slice(0, MARKDOWN_MAX_ROWS);
}

/** `file:line` linking to the line: absolute under `linkBase` (a blob URL), else relative to the report. */
function location(finding: Finding, options: ReportOptions): string {
  const text = escapeMarkdown(`${finding.file}:${finding.line}`);
  if (finding.file.startsWith('../') || finding.file.startsWith('/')) return text;
  const path = finding.file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  const lines = finding.endLine > finding.line ? `#L${finding.line}-L${finding.endLine}` : `#L${finding.line}`;
  return `[${text}](${options.linkBase ?? ''}${path}${lines})`;
}

/** The rule id, linked to its documentation when the CLI passed the doc pages. */
function rule(finding: Finding, options: ReportOptions): string {
  const url = options.ruleDocs?.get(finding.ruleId)?.url;
  return url && /^https:\/\/[^\s()<>]+$/.test(url) ? `[${code(finding.ruleId)}](${url})` : code(finding.ruleId);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A code span that cannot be broken out of: backticks become a fence one longer than any run inside. */
export function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Escapes text for a table cell: HTML, Markdown punctuation, pipes, mentions, line breaks. */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`)
    .replace(/@/g, '&#64;')
    .replace(/\r\n|\r|\n/g, ' ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
