/** A mistake in how the command was called: one line, exit code 2. */
export class UsageError extends Error {}

/** Where a command writes; tests pass their own. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
}
