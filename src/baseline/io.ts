import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Finding } from '../engine/finding.js';
import { toPosix } from '../util/paths.js';
import { applyBaseline, BaselineError, createBaseline, parseBaseline, serializeBaseline, type BaselineFilter, type BaselinePath } from './baseline.js';

/** Files in a baseline are relative to the folder that holds it, with `/`. */
export function baselinePaths(baselineFile: string, cwd: string): BaselinePath {
  const base = dirname(resolve(cwd, baselineFile));
  return (file) => toPosix(relative(base, resolve(cwd, file)));
}

export function readBaselineFile(file: string, cwd: string, shownAs: string = file): ReturnType<typeof parseBaseline> {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(`cannot read baseline ${shownAs} (${code === 'ENOENT' ? 'no such file; create it with --write-baseline' : (code ?? 'error')})`);
  }
  return parseBaseline(text, shownAs);
}

export function filterByBaselineFile(findings: readonly Finding[], file: string, cwd: string): BaselineFilter {
  return applyBaseline(findings, readBaselineFile(file, cwd), baselinePaths(file, cwd));
}

export function writeBaselineFile(findings: readonly Finding[], file: string, cwd: string): number {
  const baseline = createBaseline(findings, baselinePaths(file, cwd));
  const target = resolve(cwd, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, serializeBaseline(baseline));
  return baseline.entries.length;
}
