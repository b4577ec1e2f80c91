import { createRequire } from 'node:module';
import { policyFromSnapshot } from '../threat-model/snapshot.js';
import { FileJudge, type PassOneOutcome, type PassOneTask } from './pass-one.js';
import { registerReaders } from './readers.js';
import { selectRules } from './scan.js';
import type { PassOneWorkerData } from './threads.js';

/**
 * Serves pass 1 when this is a worker thread started by src/scan/threads.ts (chunks of
 * tasks in, their outcomes out; `null` ends it) and returns true; false anywhere else.
 * worker_threads is loaded here, not up front: the bundle is one module, and its CLI
 * would otherwise load it on every start.
 */
export async function servePassOne(): Promise<boolean> {
  const { parentPort, workerData } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const data = workerData as PassOneWorkerData | null;
  if (parentPort === null || data?.connectAuditPassOne !== true) return false;
  const port = parentPort;
  registerReaders();
  const judge = new FileJudge({
    rules: selectRules(data.ruleIds),
    kafkaVersion: data.kafkaVersion,
    policy: policyFromSnapshot(data.policy, data.policyPath),
    inlineSuppressions: data.inlineSuppressions,
    today: data.today,
    fingerprints: data.fingerprints,
  });
  port.on('message', (tasks: PassOneTask[] | null) => {
    if (tasks === null) {
      port.close();
      return;
    }
    void (async () => {
      const outcomes: PassOneOutcome[] = [];
      for (const task of tasks) outcomes.push(await judge.passOne(task));
      port.postMessage(outcomes);
    })();
  });
  return true;
}
