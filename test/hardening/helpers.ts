import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';

/** A fresh folder under the system temp folder (its real path, symlinks resolved). */
export function tempDir(label: string): string {
  return realpathSync(mkdtempSync(join(tmpdir(), `connect-audit-${label}-`)));
}

export function removeDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

export type Content = string | Buffer | { readonly symlink: string };

/** Writes `files` (relative path → content, or `{ symlink: target }`) under `root`. */
export function writeTree(root: string, files: Readonly<Record<string, Content>>): void {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(content.symlink, absolute);
    else writeFileSync(absolute, content);
  }
}

/** A broker config with one certain finding: a PLAINTEXT listener. */
export const GOOD_FILE = 'good/server.properties';
export const GOOD_CONTENT = 'process.roles=broker\nnode.id=1\nlisteners=PLAINTEXT://:9092\n';

export interface Report {
  readonly findings: { ruleId: string; file: string; line: number; message: string; classification: string }[];
  readonly errors: { file: string; line: number; column: number; message: string }[];
}

export interface ScanOutcome {
  readonly json: CliResult & { readonly report: Report };
  readonly text: CliResult;
}

/** Scans the folder `name` of `cwd`, from `cwd`, in the JSON and the text format. */
export async function scanBoth(cwd: string, name: string, extra: readonly string[] = []): Promise<ScanOutcome> {
  const json = await runCli(['scan', name, '--format', 'json', ...extra], cwd);
  let report: Report;
  try {
    report = JSON.parse(json.stdout) as Report;
  } catch {
    throw new Error(`not JSON on stdout (exit ${json.code}): ${json.stdout.slice(0, 200)} / ${json.stderr.slice(0, 400)}`);
  }
  const text = await runCli(['scan', name, ...extra], cwd);
  return { json: { ...json, report }, text };
}

const STACK_LINE = /^\s+at .+[:(]\d+/m;

/**
 * Every line on stderr is `<file>[:<line>:<col>]: error: <message>` or a `connect-audit:`
 * line; none is a stack frame; the JSON and text formats agree on the exit code.
 */
export function expectOneLineErrors(outcome: ScanOutcome): void {
  for (const result of [outcome.json, outcome.text]) {
    if (STACK_LINE.test(result.stderr) || STACK_LINE.test(result.stdout)) throw new Error(`a stack trace was printed:\n${result.stderr}`);
    for (const line of result.stderr.split('\n').filter(Boolean)) {
      if (!/^(\S[^\n]*?(:\d+:\d+)?: error: \S.*|connect-audit: .+)$/.test(line)) throw new Error(`not a one-line error: ${JSON.stringify(line)}`);
    }
  }
  if (outcome.json.code !== outcome.text.code) throw new Error(`json exit ${outcome.json.code} but text exit ${outcome.text.code}`);
}

/** The good file's finding is still reported, whatever happened to the other files. */
export function expectGoodFileReported(outcome: ScanOutcome, folder: string): void {
  const file = `${folder}/${GOOD_FILE}`;
  const found = outcome.json.report.findings.some((finding) => finding.file === file && finding.ruleId === 'plaintext-listener');
  if (!found) throw new Error(`no plaintext-listener finding for ${file}: ${JSON.stringify(outcome.json.report.findings.map((f) => `${f.file}:${f.ruleId}`).slice(0, 20))}`);
  if (!outcome.text.stdout.includes(file)) throw new Error(`the text report does not name ${file}`);
}

/** The scan failed closed on `file`: exit 2, an error naming it (and a line when `withLine`), in both formats. */
export function expectFailClosed(outcome: ScanOutcome, file: string, options: { readonly withLine?: boolean; readonly message?: RegExp } = {}): void {
  expectOneLineErrors(outcome);
  if (outcome.json.code !== 2) throw new Error(`exit ${outcome.json.code}, expected 2; errors: ${JSON.stringify(outcome.json.report.errors)}`);
  const error = outcome.json.report.errors.find((candidate) => candidate.file === file);
  if (!error) throw new Error(`no error for ${file}: ${JSON.stringify(outcome.json.report.errors)}`);
  if (options.withLine && !(error.line >= 1 && error.column >= 1)) throw new Error(`the error names no line: ${JSON.stringify(error)}`);
  if (options.message && !options.message.test(error.message)) throw new Error(`unexpected message: ${error.message}`);
  const where = error.line > 0 ? `${file}:${error.line}:${error.column}` : file;
  if (!outcome.json.stderr.includes(`${where}: error: ${error.message}\n`)) throw new Error(`stderr lacks "${where}: error: …": ${outcome.json.stderr}`);
  if (!outcome.text.stdout.includes(`error ${where}: ${error.message}\n`)) throw new Error(`the text report lacks "error ${where}: …"`);
}

const require = createRequire(import.meta.url);

/**
 * Replaces `name` on a Node built-in module for the code under test, ESM imports included
 * (through syncBuiltinESMExports). Returns the function that puts the original back.
 */
export function patchBuiltin(moduleName: string, name: string, replace: (original: never) => unknown): () => void {
  const module = require(moduleName) as Record<string, unknown>;
  const original = module[name];
  module[name] = replace(original as never);
  syncBuiltinESMExports();
  return () => {
    module[name] = original;
    syncBuiltinESMExports();
  };
}

export const isRoot = process.getuid?.() === 0;
