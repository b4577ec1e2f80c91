import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { policyToSnapshot, type PolicySnapshot } from '../threat-model/snapshot.js';
import type { KafkaVersion } from '../util/version.js';
import type { FileJudge, JudgeConfig, PassOneOutcome, PassOneTask } from './pass-one.js';
import { PASS_ONE_WORKER_ARGUMENT } from './worker-argument.js';

/** Below this many files a scan stays on one thread: starting a worker costs about a tenth of a second. */
export const THREADS_FROM_FILES = 1000;

/** Files handed to a worker at a time: large enough to amortise a message, small enough to share the work. */
const CHUNK = 64;

/** The bundle (bin/connect-audit.cjs) defines this: its workers run the bundle itself. */
declare const __CONNECT_AUDIT_BUNDLE__: boolean | undefined;

/** Cores below which a scan stays on one thread (docs/performance.md, "Both cores"). */
const THREADS_FROM_CORES = 4;

/**
 * How many worker threads pass 1 uses: CONNECT_AUDIT_THREADS when set (0: none), else one
 * per core but one (at most 4) for at least THREADS_FROM_FILES files on THREADS_FROM_CORES
 * cores or more. On two cores one thread is faster: V8's garbage collector already keeps
 * the second core busy (user time is 1.3× wall time on one thread), and two workers cost
 * 35-60% more CPU and 120 MB more memory than they save.
 */
export function threadCount(files: number, env: NodeJS.ProcessEnv = process.env, cores?: number): number {
  const forced = env.CONNECT_AUDIT_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  if (files < THREADS_FROM_FILES) return 0;
  // node:os only for a big scan: a one-file run has no use for it.
  const available = cores ?? (createRequire(import.meta.url)('node:os') as typeof import('node:os')).availableParallelism();
  return available >= THREADS_FROM_CORES ? Math.min(available - 1, 4) : 0;
}

/**
 * The module a worker runs: connect-audit's own CLI entry (never anything a scanned file
 * names), which serves pass 1 when it starts as a worker with PassOneWorkerData.
 */
function workerEntry(): URL {
  return typeof __CONNECT_AUDIT_BUNDLE__ !== 'undefined' ? new URL(import.meta.url) : new URL('../cli/main.js', import.meta.url);
}

/** What a pass-1 worker thread is started with: plain data, the same judge as the scan's. */
export interface PassOneWorkerData {
  readonly connectAuditPassOne: true;
  readonly ruleIds: readonly string[];
  readonly kafkaVersion: KafkaVersion;
  readonly policy: PolicySnapshot;
  readonly policyPath: string;
  readonly inlineSuppressions: boolean;
  readonly today: string;
  readonly fingerprints: boolean;
}

/** The worker data for a judge, or undefined when its policy cannot be sent (the scan then stays on one thread). */
function workerDataFor(config: JudgeConfig): PassOneWorkerData | undefined {
  try {
    const { rules, kafkaVersion, policy, inlineSuppressions, today, fingerprints } = config;
    return { connectAuditPassOne: true, ruleIds: rules.map((rule) => rule.id), kafkaVersion, policy: policyToSnapshot(policy), policyPath: policy.path, inlineSuppressions, today, fingerprints };
  } catch {
    return undefined;
  }
}

/**
 * Pass 1 over `tasks`, handing each outcome to `onOutcome` in task order. With `threads`
 * workers the files are judged in parallel, in chunks handed out as workers free up; a
 * worker that fails (it cannot start, or dies) is not fatal: what it did not return is
 * judged in this thread.
 */
export async function runPassOne(
  tasks: readonly PassOneTask[],
  judge: FileJudge,
  threads: number,
  onOutcome: (outcome: PassOneOutcome) => void | Promise<void>,
  onWorkerFailure: () => void = () => undefined,
): Promise<void> {
  const data = threads > 0 && tasks.length > 0 ? workerDataFor(judge.config) : undefined;
  if (data === undefined) {
    for (const task of tasks) await onOutcome(await judge.passOne(task));
    return;
  }
  // Loaded only here: a scan on one thread (every pre-commit run) never pays for it.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const returned = new Map<number, PassOneOutcome>();
  let failed = false;
  let finished = false;
  const fail = (): void => {
    // Workers terminated once every outcome is in exit with code 1: that is no failure.
    if (finished) return;
    if (!failed) onWorkerFailure();
    failed = true;
    notify();
  };
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  let next = 0;
  const nextChunk = (): PassOneTask[] | null => {
    if (next >= tasks.length) return null;
    const chunk = tasks.slice(next, next + CHUNK);
    next += chunk.length;
    return chunk;
  };
  const workers: Worker[] = [];
  for (let i = 0; i < Math.min(threads, Math.ceil(tasks.length / CHUNK)); i++) {
    const worker = new Worker(workerEntry(), { workerData: data, argv: [PASS_ONE_WORKER_ARGUMENT] });
    workers.push(worker);
    worker.on('message', (outcomes: PassOneOutcome[]) => {
      for (const outcome of outcomes) returned.set(outcome.index, outcome);
      worker.postMessage(nextChunk());
      notify();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail();
      else notify();
    });
    worker.postMessage(nextChunk());
  }
  try {
    for (const task of tasks) {
      while (!returned.has(task.index) && !failed) await new Promise<void>((resolve) => (wake = resolve));
      const outcome = returned.get(task.index) ?? (await judge.passOne(task));
      returned.delete(task.index);
      await onOutcome(outcome);
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
