/**
 * Appended to a pass-1 worker thread's process.argv (src/scan/threads.ts): the CLI entry
 * sees it and serves pass 1 instead of running a command, without loading worker_threads
 * on every start (src/cli/main.ts).
 */
export const PASS_ONE_WORKER_ARGUMENT = '--connect-audit-pass-one-worker';
