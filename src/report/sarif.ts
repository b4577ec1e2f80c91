import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rules as allRules } from '../../rules/index.js';
import type { Classification, Finding } from '../engine/finding.js';
import type { RuleMeta, Severity } from '../rule-kit/types.js';
import type { ScanResult } from '../scan/scan.js';
import type { ReportOptions, RuleDoc } from '../cli/format-report.js';

/**
 * SARIF 2.1.0 for GitHub code scanning (DESIGN.md "Output contracts"; what GitHub reads
 * and its limits: shared/reference/sarif/github-code-scanning.md). One run, every rule,
 * by default only the results in the --fail-on classes: GitHub ignores `suppressions`,
 * so a suppressed result would become an open alert.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

/** GitHub's limits (sarif-limits.md): above them the upload is rejected. */
export const SARIF_LIMITS = {
  resultsPerRun: 25_000,
  /** Of an accepted run, GitHub keeps (shows) only this many results, the most severe. */
  resultsShown: 5_000,
  tagsPerRule: 20,
  descriptionLength: 1024,
  gzipBytes: 10 * 1024 * 1024,
} as const;

/** security-severity scores: GitHub maps > 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export function formatSarif(result: ScanResult, options: ReportOptions): string {
  return `${JSON.stringify(buildSarif(result, options), null, 2)}\n`;
}

/** The SARIF log as an object (tests validate it against the schemas). */
export function buildSarif(result: ScanResult, options: ReportOptions, rules: readonly RuleMeta[] = allRules): SarifLog {
  const warn = options.warn ?? (() => undefined);
  const catalog = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(catalog.map((rule, index) => [rule.id, index]));
  const descriptors = catalog.map((rule) => ruleDescriptor(rule, options.ruleDocs?.get(rule.id), warn));

  const included = result.findings.filter((finding) => ruleIndex.has(finding.ruleId) && (options.failOn.has(finding.classification) || options.includeSuppressed));
  const kept = capResults(included, warn);
  const results = kept.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId)!, options));

  const notifications: Notification[] = [
    ...result.errors.map((error) => notification('error', error.message, error.file, error.line, error.column, options)),
    ...result.notices.map((notice) => notification('note', notice.message, notice.path, 0, 0, options)),
  ];

  const run: Run = {
    tool: {
      driver: {
        name: 'connect-audit',
        semanticVersion: result.version,
        informationUri: options.informationUri ?? 'https://www.npmjs.com/package/connect-audit',
        rules: descriptors,
      },
    },
    automationDetails: { id: automationId(options.category) },
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: 'The folder connect-audit ran in; in CI, the root of the checked-out repository.' } },
    },
    invocations: [{ executionSuccessful: result.errors.length === 0, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    results,
    properties: { threatModel: { path: result.threatModel.path, sha256: result.threatModel.sha256 }, kafkaVersion: result.kafkaVersion },
  };
  const log: SarifLog = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };

  const compressed = gzipSync(JSON.stringify(log)).length;
  if (compressed > SARIF_LIMITS.gzipBytes) {
    warn(`SARIF: the report is ${(compressed / 1024 / 1024).toFixed(1)} MB gzip-compressed, above GitHub's 10 MB upload limit; narrow the scan (--min-severity, --exclude)`);
  }
  return log;
}

/** `--category` as GitHub reads `automationDetails.id`: everything before the last `/` is the category. */
export function automationId(category: string): string {
  const trimmed = category.trim();
  if (trimmed === '') return 'connect-audit/';
  return trimmed.includes('/') ? trimmed : `${trimmed}/`;
}

function ruleDescriptor(rule: RuleMeta, doc: RuleDoc | undefined, warn: (message: string) => void): ReportingDescriptor {
  const tags = [...new Set(['security', rule.component, ...(rule.cwe ?? []).map((cwe) => `external/cwe/cwe-${cwe}`)])];
  if (tags.length > SARIF_LIMITS.tagsPerRule) {
    warn(`SARIF: rule ${rule.id} has ${tags.length} tags; GitHub accepts ${SARIF_LIMITS.tagsPerRule}, the rest are left out`);
    tags.length = SARIF_LIMITS.tagsPerRule;
  }
  const markdown = doc?.markdown.trim() ?? '';
  const fullDescription = cap(describe(rule, markdown), `rule ${rule.id} fullDescription`, warn);
  const link = doc ? `\n\n[${rule.id} documentation](${doc.url})` : '';
  const helpMarkdown = markdown === '' ? `**${escapeMarkdownText(rule.title)}**\n\n${escapeMarkdownText(fullDescription)}${link}` : `${markdown}${link}\n`;
  const helpText = markdown === '' ? `${rule.title}\n\n${fullDescription}${doc ? `\n\nDocumentation: ${doc.url}` : ''}` : `${markdown}${doc ? `\n\nDocumentation: ${doc.url}` : ''}\n`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: cap(rule.title, `rule ${rule.id} shortDescription`, warn) },
    fullDescription: { text: fullDescription },
    ...(doc ? { helpUri: doc.url } : {}),
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      tags,
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
      severity: rule.severity,
      attacker: rule.attacker,
      posture: rule.posture,
      references: [...rule.references],
    },
  };
}

/**
 * The doc page's "What it finds" as plain text, as much of it as fits GitHub's 1024
 * characters in whole paragraphs, else in whole sentences (a summary, not a cut); the
 * title when there is no page. Only a first sentence longer than the limit is cut (by cap()).
 */
function describe(rule: RuleMeta, markdown: string): string {
  const section = /^## What it finds\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(markdown)?.[1];
  const paragraphs = (section ?? '').split(/\n\s*\n/).map(plainText).filter((text) => text !== '');
  if (paragraphs.length === 0) return `${rule.title}.`;
  const max = SARIF_LIMITS.descriptionLength;
  let text = paragraphs[0]!;
  for (const next of paragraphs.slice(1)) {
    if (text.length + 1 + next.length > max) break;
    text = `${text} ${next}`;
  }
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)\s*/g) ?? [text];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).trimEnd().length > max) break;
    summary += sentence;
  }
  return summary.trim() === '' ? text : summary.trim();
}

/** Markdown to one line of plain text: code spans and emphasis lose their marks, links keep their text. */
function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts a text to GitHub's 1024 characters (never inside a surrogate pair), with a warning. */
function cap(text: string, what: string, warn: (message: string) => void): string {
  const max = SARIF_LIMITS.descriptionLength;
  if (text.length <= max) return text;
  warn(`SARIF: ${what} is ${text.length} characters; GitHub accepts ${max}, it was shortened`);
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Keeps the most severe results when there are more than GitHub accepts, in report order. */
function capResults(findings: readonly Finding[], warn: (message: string) => void): Finding[] {
  const max = SARIF_LIMITS.resultsPerRun;
  if (findings.length > SARIF_LIMITS.resultsShown && findings.length <= max) {
    warn(`SARIF: ${findings.length} results; GitHub keeps only the ${SARIF_LIMITS.resultsShown} most severe of a run`);
  }
  if (findings.length <= max) return [...findings];
  const ranked = findings.map((finding, index) => ({ finding, index })).sort((a, b) => classRank(a.finding.classification) - classRank(b.finding.classification) || SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index);
  const keep = new Set(ranked.slice(0, max).map((item) => item.index));
  warn(`SARIF: ${findings.length} results; GitHub accepts ${max} per run, so the ${findings.length - max} least severe were left out`);
  return findings.filter((_finding, index) => keep.has(index));
}

function classRank(classification: Classification): number {
  return classification === 'VALID' ? 0 : classification === 'BY-DESIGN' ? 1 : 2;
}

function sarifResult(finding: Finding, ruleIndex: number, options: ReportOptions): Result {
  const suppressed = !options.failOn.has(finding.classification);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file, options),
          region: {
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
            endLine: Math.max(1, finding.endLine, finding.line),
            endColumn: Math.max(1, finding.endLine > finding.line ? finding.endColumn : Math.max(finding.endColumn, finding.column)),
          },
        },
      },
    ],
    partialFingerprints: { 'connectAuditFingerprint/v1': finding.fingerprint },
    ...(suppressed
      ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: `${finding.section}: ${finding.reason}` }] }
      : {}),
    properties: {
      classification: finding.classification,
      reason: finding.reason,
      section: finding.section,
      severity: finding.severity,
      ...(finding.key !== '' ? { key: finding.key } : {}),
    },
  };
}

/** A repository-relative URI with `/` (percent-encoded), or an absolute `file:` URI for a file outside the current folder. */
export function artifactLocation(file: string, options: Pick<ReportOptions, 'cwd'>): ArtifactLocation {
  const outside = file === '..' || file.startsWith('../') || file.startsWith('/');
  if (outside && options.cwd !== undefined) return { uri: pathToFileURL(resolve(options.cwd, file)).href };
  return { uri: file.split('/').map((segment) => encodeURIComponent(segment)).join('/'), uriBaseId: SRCROOT };
}

function notification(level: 'error' | 'warning' | 'note', message: string, file: string, line: number, column: number, options: ReportOptions): Notification {
  return {
    level,
    message: { text: /[.!?]$/.test(message) ? message : `${message}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file, options),
          ...(line > 0 ? { region: { startLine: line, ...(column > 0 ? { startColumn: column } : {}) } } : {}),
        },
      },
    ],
  };
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>&]/g, (char) => `\\${char}`);
}

// The subset of the SARIF 2.1.0 object model this formatter writes.

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Run[];
}

interface Run {
  tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: ReportingDescriptor[] } };
  automationDetails: { id: string };
  originalUriBaseIds: Record<string, { description: { text: string } }>;
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: Notification[] }[];
  columnKind: 'utf16CodeUnits';
  results: Result[];
  properties: Record<string, unknown>;
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[]; precision: string; 'security-severity': string } & Record<string, unknown>;
}

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
  properties: Record<string, unknown>;
}

interface Notification {
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region?: { startLine: number; startColumn?: number } } }[];
}
