import { REPORT_FORMATS } from './format-report.js';

/**
 * What kind of run a command line asks for, as far as the launcher (src/cli/launcher.ts)
 * needs to know before the CLI has parsed it: `scan`, `scan-<format>` for a report other
 * than text, or `other` (`rules`, `explain`, `--help`, ...). Each kind keeps its own cached
 * code, because cached code only grows: a run keeps whatever it compiled, and the scans of a
 * pre-commit hook would otherwise deserialize, on every run, the code of a SARIF report or a
 * `rules` listing that one run once used. Only a guess (commander decides); a wrong one costs
 * time, never a result. Global options take no value, so the first argument not starting
 * with `-` is the command, as in main.ts.
 */
export function runKind(argv: readonly string[]): string {
  if (argv.find((arg) => !arg.startsWith('-')) !== 'scan') return 'other';
  let format = 'text';
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg === '--format') format = argv[++i] ?? format;
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
  }
  if (format === 'text') return 'scan';
  // Part of a file name: only a format the CLI knows.
  return (REPORT_FORMATS as readonly string[]).includes(format) ? `scan-${format}` : 'other';
}
