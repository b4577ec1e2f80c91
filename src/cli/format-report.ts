import type { Classification } from '../engine/finding.js';
import type { ScanResult } from '../scan/scan.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'compact'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  readonly color: boolean;
  readonly showAll: boolean;
  readonly failOn: ReadonlySet<Classification>;
  readonly includeSuppressed: boolean;
  readonly category: string;
  /** Every rule's doc page and its URL, by rule id (src/cli/rule-docs.ts): SARIF help, Markdown links. */
  readonly ruleDocs?: ReadonlyMap<string, RuleDoc>;
  /** SARIF `tool.driver.informationUri`. */
  readonly informationUri?: string;
  /** Markdown: prefix that turns `file#Lline` into a link, e.g. `https://github.com/o/r/blob/<sha>/`. */
  readonly linkBase?: string;
  /** The current directory: SARIF gives files outside it as absolute `file:` URIs. */
  readonly cwd?: string;
  /** Receives a one-line warning when a report had to be cut to fit a limit (the CLI prints it on stderr). */
  readonly warn?: (message: string) => void;
}

/** A rule's documentation page as shipped in docs/rules/<id>.md, and where it is published. */
export interface RuleDoc {
  readonly markdown: string;
  readonly url: string;
}

/** Loads only the formatter a run asks for. */
export async function formatReport(result: ScanResult, format: ReportFormat, options: ReportOptions): Promise<string> {
  return [...(await reportChunks(result, format, options))].join('');
}

/**
 * The report as chunks to write one after another: text and compact reports come a file
 * (or a thousand lines) at a time, so a big tree's report never sits in memory whole;
 * the structured formats are one document.
 */
export async function reportChunks(result: ScanResult, format: ReportFormat, options: ReportOptions): Promise<Iterable<string>> {
  switch (format) {
    case 'text':
      return (await import('../report/text.js')).textChunks(result, options, options.color ? (await import('../report/colors.js')).ansiStyles() : undefined);
    case 'compact':
      return (await import('../report/compact.js')).compactChunks(result, options);
    default:
      return [await formatDocument(result, format, options)];
  }
}

async function formatDocument(result: ScanResult, format: Exclude<ReportFormat, 'text' | 'compact'>, options: ReportOptions): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).formatJson(result);
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(result, options);
    case 'markdown':
      return (await import('../report/markdown.js')).formatMarkdown(result, options);
  }
}
