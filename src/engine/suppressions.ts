import unusedSuppression from '../../rules/unused-suppression.js';
import type { ConfigDocument, SourceComment } from '../model/config-document.js';
import type { Entry } from '../model/entry.js';
import type { Attacker, Posture } from '../rule-kit/types.js';
import { compareStrings } from '../util/compare.js';
import { sha256Hex } from '../util/hash.js';
import type { Finding, LocatedFinding } from './finding.js';
import { hashValue } from './value-hash.js';

/**
 * Inline suppressions, where the format has comments (`.properties`, YAML):
 *
 *   # connect-audit-ignore RULE-ID[,RULE-ID…] [until=YYYY-MM-DD]: reason
 *   # connect-audit-ignore-file RULE-ID[,RULE-ID…] [until=YYYY-MM-DD]: reason
 *
 * The first form covers the entry that starts on the first line after its block of
 * comments (no blank line between); the second every finding of those rules in the file.
 * A reason is required. After `until` (the last day it holds, UTC) it expires. Runs after
 * classification: a covered finding becomes BY-DESIGN with the comment's reason and
 * section `inline` (an OUT-OF-MODEL finding stays out of the model). Comments that are
 * malformed, name an unknown rule, expired or cover nothing are findings of the rule
 * `unused-suppression`, judged by the threat model like the finding they would hide.
 */

export const SUPPRESSION_SECTION = 'inline';

export interface SuppressionOptions {
  /** False for `--no-inline-suppressions`: every comment is ignored. */
  readonly enabled: boolean;
  /** The rules that ran: a comment about another rule is neither applied nor judged unused. */
  readonly rulesRun: ReadonlySet<string>;
  /** Every rule id connect-audit knows, with the attacker and posture of the rule. */
  readonly knownRules: ReadonlyMap<string, { readonly attacker: Attacker; readonly posture: Posture }>;
  /** Today as `YYYY-MM-DD` (UTC); a suppression holds through its `until` day. */
  readonly today: string;
  /** Judges a finding of `unused-suppression` by the threat model. */
  readonly classify: (finding: LocatedFinding) => Finding;
}

/** One `connect-audit-ignore` comment as written. */
export interface SuppressionDirective {
  readonly file: string;
  /** The line of the comment. */
  readonly line: number;
  readonly scope: 'entry' | 'file';
  readonly ruleIds: readonly string[];
  readonly until: string | undefined;
  readonly reason: string | undefined;
  /** Why the comment cannot be used as written, if it cannot. */
  readonly problem: string | undefined;
}

const DIRECTIVE = /^\s*connect-audit-ignore(-file)?(?=$|[\s:,])(.*)$/;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a comment's text (after `#` or `!`); undefined when it is not a suppression. */
export function parseDirective(comment: SourceComment, file: string): SuppressionDirective | undefined {
  const match = DIRECTIVE.exec(comment.text);
  if (!match) return undefined;
  const scope = match[1] ? 'file' : 'entry';
  const body = match[2] ?? '';
  const colon = body.indexOf(':');
  const head = colon === -1 ? body : body.slice(0, colon);
  const reason = colon === -1 ? undefined : body.slice(colon + 1).trim().replace(/\s+/g, ' ') || undefined;
  const ruleIds: string[] = [];
  let until: string | undefined;
  let problem: string | undefined;
  for (const token of head.split(/[\s,]+/).filter(Boolean)) {
    if (token.startsWith('until=')) {
      until = token.slice('until='.length);
      if (!isValidDate(until)) problem ??= `has an invalid until= date "${until}" (expected YYYY-MM-DD)`;
    } else if (RULE_ID.test(token)) {
      ruleIds.push(token);
    } else {
      problem ??= `has "${token}" where a rule id or until=YYYY-MM-DD belongs`;
    }
  }
  if (ruleIds.length === 0) problem ??= 'names no rule (write "connect-audit-ignore RULE-ID: reason")';
  if (reason === undefined) problem ??= 'gives no reason (write ": why this is accepted" after the rule id)';
  return { file, line: comment.line, scope, ruleIds, until, reason, problem };
}

function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function utcToday(now: Date = new Date()): string {
  // Not toISOString(): setting up Date's formatting costs a one-file run ~0.2 ms.
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(now.getUTCFullYear(), 4)}-${pad(now.getUTCMonth() + 1, 2)}-${pad(now.getUTCDate(), 2)}`;
}

interface FileSource {
  readonly file: string;
  readonly comments: SourceComment[];
  readonly entries: { readonly entry: Entry; readonly doc: ConfigDocument }[];
  readonly role: ConfigDocument['role'];
}

/** Applies the inline suppressions of the scanned documents to the classified findings. */
export function applyInlineSuppressions(findings: readonly Finding[], documents: readonly ConfigDocument[], options: SuppressionOptions): Finding[] {
  if (!options.enabled) return [...findings];
  const out = [...findings];
  const problems: LocatedFinding[] = [];
  const reportProblems = options.rulesRun.has(unusedSuppression.id);
  const indexOfFile = new Map<string, number[]>();
  out.forEach((finding, index) => {
    const list = indexOfFile.get(finding.file) ?? [];
    list.push(index);
    indexOfFile.set(finding.file, list);
  });

  for (const source of filesOf(documents)) {
    const commentLines = new Set(source.comments.map((comment) => comment.line));
    for (const comment of source.comments) {
      const directive = parseDirective(comment, source.file);
      if (!directive) continue;
      const startsHere = source.entries.find(({ entry }) => entry.span.line === comment.line);
      let target = comment.line + 1;
      while (commentLines.has(target)) target++;
      const targets = directive.scope === 'entry' ? source.entries.filter(({ entry }) => entry.span.line === target) : [];
      const anchor = targets[0]?.entry;
      const report = (ruleId: string | undefined, message: string, at: Entry | undefined = anchor): void => {
        if (reportProblems) problems.push(problemFinding(source, directive, at, ruleId, message, options));
      };

      if (startsHere) {
        report(directive.ruleIds[0], `The connect-audit-ignore comment on line ${comment.line} shares its line with ${startsHere.entry.key}, so it is ignored; put it on its own line above the entry.`, startsHere.entry);
        continue;
      }
      if (directive.problem !== undefined) {
        report(directive.ruleIds[0], `The connect-audit-ignore comment on line ${comment.line} ${directive.problem}, so it is ignored.`);
        continue;
      }
      if (directive.until !== undefined && directive.until < options.today) {
        report(directive.ruleIds[0], `The suppression of ${directive.ruleIds.join(', ')} on line ${comment.line} expired on ${directive.until}, so it no longer applies; fix the finding or renew the suppression with a new until= date.`);
        continue;
      }
      for (const ruleId of directive.ruleIds) {
        if (ruleId === unusedSuppression.id) {
          report(ruleId, `The connect-audit-ignore comment on line ${comment.line} names ${ruleId}, which cannot be suppressed inline; remove the comment that does not hide anything instead.`);
          continue;
        }
        if (!options.knownRules.has(ruleId)) {
          report(undefined, `The connect-audit-ignore comment on line ${comment.line} names ${ruleId}, which is not a connect-audit rule (connect-audit rules lists them), so it is ignored.`);
          continue;
        }
        if (!options.rulesRun.has(ruleId)) continue;
        let used = false;
        for (const index of indexOfFile.get(source.file) ?? []) {
          const finding = out[index]!;
          if (finding.ruleId !== ruleId) continue;
          if (directive.scope === 'entry' && !targets.some(({ entry }) => covers(entry, finding, target))) continue;
          used = true;
          if (finding.classification === 'OUT-OF-MODEL') continue;
          out[index] = { ...finding, classification: 'BY-DESIGN', reason: directive.reason!, section: SUPPRESSION_SECTION };
        }
        if (!used) {
          const where = directive.scope === 'file' ? 'in this file' : anchor ? `on ${anchor.key}` : `on line ${target}, the line after it`;
          report(ruleId, `The suppression of ${ruleId} on line ${comment.line} matches no finding ${where}; remove the connect-audit-ignore comment.`);
        }
      }
    }
  }
  return [...out, ...problems.map((problem) => options.classify(problem))].sort(compareReported);
}

/** Whether a finding belongs to the entry a comment stands above (a finding may point into a continuation line). */
function covers(entry: Entry, finding: Finding, target: number): boolean {
  if (finding.line === target) return true;
  return finding.key === entry.key && finding.line >= entry.span.line && finding.line <= entry.span.endLine;
}

/** The comments and entries of each file, merged over the documents it holds. */
function filesOf(documents: readonly ConfigDocument[]): FileSource[] {
  const byFile = new Map<string, { comments: Map<number, SourceComment>; entries: { entry: Entry; doc: ConfigDocument }[]; role: ConfigDocument['role'] }>();
  for (const doc of documents) {
    let source = byFile.get(doc.file);
    if (!source) {
      source = { comments: new Map(), entries: [], role: doc.role };
      byFile.set(doc.file, source);
    }
    for (const comment of doc.comments) if (!source.comments.has(comment.line)) source.comments.set(comment.line, comment);
    for (const entry of doc.entries) source.entries.push({ entry, doc });
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([file, source]) => ({ file, comments: [...source.comments.values()].sort((a, b) => a.line - b.line), entries: source.entries, role: source.role }));
}

function problemFinding(source: FileSource, directive: SuppressionDirective, anchor: Entry | undefined, ruleId: string | undefined, message: string, options: SuppressionOptions): LocatedFinding {
  const judgedLike = ruleId !== undefined ? options.knownRules.get(ruleId) : undefined;
  const span = anchor?.span ?? { line: directive.line, column: 1, endLine: directive.line, endColumn: 1 };
  const key = anchor?.key ?? '';
  const anchorDoc = anchor ? source.entries.find(({ entry }) => entry === anchor)?.doc : undefined;
  return {
    ruleId: unusedSuppression.id,
    title: unusedSuppression.title,
    severity: unusedSuppression.severity,
    component: anchorDoc?.role ?? source.role,
    attacker: judgedLike?.attacker ?? unusedSuppression.attacker,
    posture: judgedLike?.posture ?? unusedSuppression.posture,
    references: unusedSuppression.references,
    file: source.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    key,
    value: undefined,
    valueHash: hashValue(unusedSuppression.id, key, `${directive.scope}:${directive.ruleIds.join(',')}:${ruleId ?? ''}`),
    message,
    fingerprint: sha256Hex([unusedSuppression.id, source.file, anchorDoc?.name ?? '', key, `${directive.scope}:${ruleId ?? directive.ruleIds.join(',')}`].join('\u0000')).slice(0, 32),
  };
}

function compareReported(a: Finding, b: Finding): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
