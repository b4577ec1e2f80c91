#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { UsageError, type Io } from './errors.js';
import { registerScanCommand } from './commands/scan.js';
import { registerCatalogCommands } from './commands/catalog.js';
import { registerInspectCommand } from './commands/inspect.js';
import { registerThreatModelCommand } from './commands/threat-model.js';
import { PolicyError } from '../threat-model/load.js';
import { UnknownRuleError } from '../scan/scan.js';
import { packageInfo } from '../util/package-root.js';
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';

/**
 * Runs the CLI and returns the exit code: 0 clean, 1 findings at or above the threshold,
 * 2 usage error, invalid threat model or unreadable input. The only place that decides
 * how an error is shown: one line, and a stack trace only with --debug.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  const program = new Command();
  let exitCode = 0;
  const setExitCode = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  program
    .name('connect-audit')
    .description('Find insecure security postures in Kafka and Kafka Connect configuration, judged by your THREAT_MODEL.md.')
    .version(packageInfo().version, '-V, --version')
    .option('--debug', 'show stack traces for internal errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run connect-audit --help for usage)');
  registerScanCommand(program, io, setExitCode);
  registerCatalogCommands(program, io, setExitCode);
  registerInspectCommand(program, io, setExitCode);
  registerThreatModelCommand(program, io, setExitCode);
  try {
    await program.parseAsync(['node', 'connect-audit', ...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and --version end here with code 0; a usage mistake with 1, which we report as 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    return reportFailure(error, io, debug);
  }
  const processCode = typeof process.exitCode === 'number' ? process.exitCode : 0;
  return Math.max(exitCode, processCode);
}

function reportFailure(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof PolicyError) {
    io.stderr(`${error.file}:${error.line}:${error.column}: error: ${error.message}\n`);
  } else if (error instanceof UsageError || error instanceof UnknownRuleError) {
    io.stderr(`connect-audit: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`connect-audit: internal error: ${oneLine(message)}${debug ? '' : ' (rerun with --debug for details)'}\n`);
  }
  if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 2;
}

function oneLine(text: string): string {
  return text.split(/\r?\n/)[0] ?? '';
}

function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
  };
  process.exitCode = 0;
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
