#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { UsageError, type Io } from './errors.js';
import { packageVersion } from '../util/package-root.js';
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { PASS_ONE_WORKER_ARGUMENT } from '../scan/worker-argument.js';
import { toPosix } from '../util/paths.js';
import { errorName } from '../util/error-name.js';
import { openOutput } from './stdio.js';
import { noteCodePath } from '../util/code-paths.js';

// For the launcher (src/cli/launcher.ts): it loads the parsers beside the bundle with V8's code cache.
export { setBesideLoader } from '../util/beside.js';
export { v8FlagsChanged } from '../util/v8-flags.js';
export { codePathsUsed, isUnusualRun } from '../util/code-paths.js';
export { rememberUsableCacheDirectory } from '../util/cache.js';

/**
 * Runs the CLI and returns the exit code: 0 clean, 1 findings at or above the threshold,
 * 2 usage error, invalid threat model or unreadable input. The only place that decides
 * how an error is shown: one line, and a stack trace only with --debug.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode = 0;
  const setExitCode = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  try {
    // Inside the try: a failure while setting up (the package's own files unreadable) is reported like any other.
    const program = new Command();
    program
      .name('connect-audit')
      .description('Find insecure security postures in Kafka and Kafka Connect configuration, judged by your THREAT_MODEL.md.')
      .version(packageVersion(), '-V, --version')
      .option('--debug', 'show stack traces for internal errors')
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
      .showHelpAfterError('(run connect-audit --help for usage)');
    for (const register of await commandModulesFor(argv)) register(program, io, setExitCode);
    await program.parseAsync(['node', 'connect-audit', ...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and --version end here with code 0; a usage mistake with 1, which we report as 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    return await reportFailure(error, io, debug);
  }
  const processCode = typeof process.exitCode === 'number' ? process.exitCode : 0;
  return Math.max(exitCode, processCode);
}

type RegisterCommand = (program: Command, io: Io, setExitCode: (code: number) => void) => void;

/** Each command's module, in help order; loaded only when needed, so `scan` never pays for the others. */
const COMMAND_MODULES: readonly { readonly names: readonly string[]; readonly load: () => Promise<RegisterCommand> }[] = [
  { names: ['scan'], load: async () => (await import('./commands/scan.js')).registerScanCommand },
  { names: ['rules', 'explain'], load: async () => (await import('./commands/catalog.js')).registerCatalogCommands },
  { names: ['inspect'], load: async () => (await import('./commands/inspect.js')).registerInspectCommand },
  { names: ['threat-model'], load: async () => (await import('./commands/threat-model.js')).registerThreatModelCommand },
];

/**
 * The command modules a command line needs: the one it names, or all of them when it names
 * none we know (top-level help, `help`, a typo commander should suggest a fix for).
 * Global options take no value, so the first argument not starting with `-` is the command.
 */
function commandModulesFor(argv: readonly string[]): Promise<RegisterCommand[]> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const named = COMMAND_MODULES.find((module) => name !== undefined && module.names.includes(name));
  noteCodePath(`command:${named?.names[0] ?? '*'}`);
  return Promise.all((named ? [named] : COMMAND_MODULES).map((module) => module.load()));
}

async function reportFailure(error: unknown, io: Io, debug: boolean): Promise<number> {
  if (error instanceof UsageError) {
    io.stderr(`connect-audit: ${error.message}\n`);
  } else {
    // Imported here, not up front: the policy loader pulls in the YAML parser, which a scan
    // under the built-in threat model never needs. When one of them threw, it is loaded already.
    const { PolicyError } = await import('../threat-model/load.js');
    const { UnknownRuleError } = await import('../scan/scan.js');
    if (error instanceof PolicyError) {
      io.stderr(`${error.file}:${error.line}:${error.column}: error: ${error.message}\n`);
    } else if (error instanceof UnknownRuleError) {
      io.stderr(`connect-audit: ${error.message}\n`);
    } else if (isSystemError(error) && typeof error.path === 'string') {
      io.stderr(`${toPosix(relative(io.cwd, error.path)) || error.path}: error: cannot read (${error.code})\n`);
    } else {
      // An unexpected error's message may quote the input (V8's JSON.parse, BigInt and RegExp
      // errors do): without --debug only its kind is shown, so no secret reaches a CI log.
      io.stderr(`connect-audit: internal error (${errorKind(error)})${debug ? '' : '; rerun with --debug for details'}\n`);
    }
  }
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 2;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}

/** What went wrong, in words that never come from the input: `TypeError`, `EISDIR on read`. */
function errorKind(error: unknown): string {
  if (isSystemError(error)) return `${error.code}${error.syscall ? ` on ${error.syscall}` : ''}`;
  if (error instanceof Error) return errorName(error);
  return typeof error;
}

function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync.native(process.argv[1]) === realpathSync.native(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (process.argv.at(-1) === PASS_ONE_WORKER_ARGUMENT) {
  // A pass-1 worker thread of a big scan (src/scan/threads.ts) runs this same entry.
  void import('../scan/pass-one-worker.js').then(async (worker) => {
    if (await worker.servePassOne()) return;
    process.stderr.write(`connect-audit: ${PASS_ONE_WORKER_ARGUMENT} is internal\n`);
    process.exitCode = 2;
  });
} else if (isMain()) {
  main();
}

/**
 * The command line of this process: run, and end with run's exit code. What
 * bin/connect-audit.cjs calls once it has loaded this module (src/cli/launcher.ts).
 */
export function main(): void {
  const stdout = openOutput(1);
  const stderr = openOutput(2);
  process.exitCode = 0;
  const end = (code: number): void => {
    process.exitCode = code;
    // Once the output has reached the system, end here: a natural exit first tears down the
    // whole heap (~1-3 ms of a one-file scan). The 'exit' handlers (the code cache) still run.
    if (stdout.flushed() && stderr.flushed()) process.exit(code);
  };
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch (error) {
    // The folder the command was started in was deleted under it.
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    stderr.write(`connect-audit: cannot read the working folder (${code}); run it from an existing folder\n`);
    end(2);
    return;
  }
  const io: Io = { stdout: stdout.write, stderr: stderr.write, cwd, env: process.env, stdoutIsTty: stdout.isTty, stderrIsTty: stderr.isTty };
  run(process.argv.slice(2), io).then(end, () => end(2));
}
