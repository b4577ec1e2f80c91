import { run } from '../../src/cli/main.js';
import { PROJECT_ROOT } from './fixtures.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output, as a user would from `cwd`. */
export async function runCli(argv: readonly string[], cwd = PROJECT_ROOT, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const saved = process.exitCode;
  process.exitCode = 0;
  try {
    const code = await run(argv, {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      cwd,
      env,
      stdoutIsTty: false,
      stderrIsTty: false,
    });
    return { code, stdout, stderr };
  } finally {
    process.exitCode = saved;
  }
}
