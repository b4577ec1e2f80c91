import type { Finding } from '../engine/finding.js';
import { compareStrings } from '../util/compare.js';

/**
 * A baseline records the findings a project has accepted for now, so that a scan reports
 * only new ones (`--write-baseline FILE`, then `--baseline FILE`). An entry is keyed by
 * rule, file, config key and a hash of the value (`Finding.valueHash`, never the value),
 * never by line: moving or re-ordering lines does not bring a finding back, changing the
 * value does. Files are relative to the folder of the baseline file, so the scan may run
 * from anywhere. Matching counts: two identical findings need two entries.
 */

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly ruleId: string;
  readonly file: string;
  readonly key: string;
  readonly valueHash: string;
}

export interface Baseline {
  readonly tool: 'connect-audit';
  readonly version: typeof BASELINE_VERSION;
  readonly entries: readonly BaselineEntry[];
}

/** A baseline file that is not one; the CLI reports it as a usage error (exit 2). */
export class BaselineError extends Error {}

/** Maps a finding's file (relative to the current folder) to the baseline's frame. */
export type BaselinePath = (file: string) => string;

export function createBaseline(findings: readonly Finding[], pathOf: BaselinePath): Baseline {
  const entries = findings.map((finding) => entryOf(finding, pathOf)).sort(compareEntries);
  return { tool: 'connect-audit', version: BASELINE_VERSION, entries };
}

/** Deterministic text: sorted entries, two-space JSON, final newline. */
export function serializeBaseline(baseline: Baseline): string {
  const entries = baseline.entries.map(({ ruleId, file, key, valueHash }) => ({ ruleId, file, key, valueHash }));
  return `${JSON.stringify({ tool: baseline.tool, version: baseline.version, entries }, null, 2)}\n`;
}

export function parseBaseline(text: string, source: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`${source} is not a connect-audit baseline (not valid JSON)`);
  }
  if (!isRecord(data) || data.tool !== 'connect-audit' || !Array.isArray(data.entries)) {
    throw new BaselineError(`${source} is not a connect-audit baseline (expected {"tool": "connect-audit", "version": 1, "entries": [...]})`);
  }
  if (data.version !== BASELINE_VERSION) throw new BaselineError(`${source} has baseline version ${String(data.version)}; this connect-audit reads version ${BASELINE_VERSION}`);
  const entries = data.entries.map((item: unknown, index: number): BaselineEntry => {
    if (!isRecord(item) || !['ruleId', 'file', 'key', 'valueHash'].every((field) => typeof item[field] === 'string')) {
      throw new BaselineError(`${source}: entry ${index + 1} needs string fields ruleId, file, key and valueHash`);
    }
    return { ruleId: item.ruleId as string, file: item.file as string, key: item.key as string, valueHash: item.valueHash as string };
  });
  return { tool: 'connect-audit', version: BASELINE_VERSION, entries };
}

export interface BaselineFilter {
  /** The findings the baseline does not hold: the ones to report. */
  readonly fresh: Finding[];
  /** How many findings the baseline held. */
  readonly known: number;
}

/** Removes the findings the baseline holds, each entry absorbing one finding. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, pathOf: BaselinePath): BaselineFilter {
  const budget = new Map<string, number>();
  for (const entry of baseline.entries) budget.set(keyOf(entry), (budget.get(keyOf(entry)) ?? 0) + 1);
  const fresh: Finding[] = [];
  let known = 0;
  for (const finding of findings) {
    const key = keyOf(entryOf(finding, pathOf));
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      known++;
    } else {
      fresh.push(finding);
    }
  }
  return { fresh, known };
}

function entryOf(finding: Finding, pathOf: BaselinePath): BaselineEntry {
  return { ruleId: finding.ruleId, file: pathOf(finding.file), key: finding.key, valueHash: finding.valueHash };
}

function keyOf(entry: BaselineEntry): string {
  return [entry.ruleId, entry.file, entry.key, entry.valueHash].join('\u0000');
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareStrings(a.file, b.file) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.key, b.key) || compareStrings(a.valueHash, b.valueHash);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
