import { parentPort, workerData } from 'node:worker_threads';
import type { Policy } from '../threat-model/policy.js';
import { policyFromSnapshot, policyToSnapshot, type PolicySnapshot } from '../threat-model/snapshot.js';
import type { KafkaVersion } from '../util/version.js';
import { FileJudge, type PassOneOutcome, type PassOneTask } from './pass-one.js';
import { registerReaders } from './readers.js';
import { selectRules } from './scan.js';

/** What a pass-1 worker thread is started with: plain data, the same judge as the scan's. */
export interface PassOneWorkerData {
  readonly connectAuditPassOne: true;
  readonly ruleIds: readonly string[];
  readonly kafkaVersion: KafkaVersion;
  readonly policy: PolicySnapshot;
  readonly policyPath: string;
  readonly inlineSuppressions: boolean;
  readonly today: string;
}

/** The worker data for a scan, or undefined when its policy cannot be sent (the scan then stays on one thread). */
export function passOneWorkerData(judge: { ruleIds: readonly string[]; kafkaVersion: KafkaVersion; policy: Policy; inlineSuppressions: boolean; today: string }): PassOneWorkerData | undefined {
  try {
    return { connectAuditPassOne: true, ruleIds: judge.ruleIds, kafkaVersion: judge.kafkaVersion, policy: policyToSnapshot(judge.policy), policyPath: judge.policy.path, inlineSuppressions: judge.inlineSuppressions, today: judge.today };
  } catch {
    return undefined;
  }
}

/** True in a worker thread started by src/scan/threads.ts. */
export function isPassOneWorker(): boolean {
  return parentPort !== null && (workerData as Partial<PassOneWorkerData> | null)?.connectAuditPassOne === true;
}

/** Serves pass 1 in a worker thread: chunks of tasks in, their outcomes out; `null` ends it. */
export function servePassOne(): void {
  const data = workerData as PassOneWorkerData;
  const port = parentPort!;
  registerReaders();
  const judge = new FileJudge({
    rules: selectRules(data.ruleIds),
    kafkaVersion: data.kafkaVersion,
    policy: policyFromSnapshot(data.policy, data.policyPath),
    inlineSuppressions: data.inlineSuppressions,
    today: data.today,
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
}
