import { readFileSync } from 'node:fs';
import { rules as allRules } from '../../rules/index.js';
import type { DiscoveredFile } from '../discover/walk.js';
import type { Finding, LocatedFinding } from '../engine/finding.js';
import { ruleAppliesTo, runRule, sortFindings, type RuleFailure, type RuleRun } from '../engine/run-rules.js';
import { applyInlineSuppressions, type SuppressionOptions } from '../engine/suppressions.js';
import { buildDocuments } from '../model/build.js';
import type { ConfigDocument } from '../model/config-document.js';
import type { Deployment } from '../model/deployment.js';
import type { Role } from '../model/roles.js';
import type { Rule } from '../rule-kit/types.js';
import { classifyFinding } from '../threat-model/classify.js';
import type { Policy } from '../threat-model/policy.js';
import { sha256Hex } from '../util/hash.js';
import type { KafkaVersion } from '../util/version.js';
import { errorName } from '../util/error-name.js';
import { noteCodePath } from '../util/code-paths.js';

/** Inputs larger than this are refused with an error rather than read into memory. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** An input that could not be read or parsed; the scan fails closed on it. */
export interface ScanError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** What judging a file needs, the same in the scan's thread and in a worker thread. */
export interface JudgeConfig {
  readonly rules: readonly Rule[];
  readonly kafkaVersion: KafkaVersion;
  readonly policy: Policy;
  readonly inlineSuppressions: boolean;
  readonly today: string;
  /** Compute each finding's fingerprint and value hash (ScanOptions.fingerprints). */
  readonly fingerprints: boolean;
}

/** One file for pass 1. `judged` is false for --context files read only for their workers. */
export interface PassOneTask {
  readonly index: number;
  readonly file: DiscoveredFile;
  readonly judged: boolean;
}

/** What pass 1 learnt of a file: plain data, so that a worker thread can send it back. */
export interface PassOneOutcome {
  readonly index: number;
  readonly error?: ScanError;
  readonly documents: number;
  /** The file's findings and rule failures, when no rule waits for pass 2. */
  readonly findings?: readonly Finding[];
  readonly failures?: readonly RuleFailure[];
  /** Every rule run of the file, when some wait for pass 2 (their `run` is undefined). */
  readonly waiting?: readonly Slot[];
  /** The sha256 of the text read, when pass 2 may read the file again. */
  readonly digest?: string;
  /** The Connect workers among the file's documents, as the workers directory places them. */
  readonly workers?: readonly WorkerSketch[];
}

/** One rule over one document of a file: its judged findings, or undefined while it waits for pass 2. */
export interface Slot {
  readonly doc: number;
  readonly rule: number;
  readonly run: JudgedRun | undefined;
}

/** One rule over one document, its findings judged by the threat model. */
export interface JudgedRun {
  readonly findings: readonly Finding[];
  readonly failures: readonly RuleFailure[];
}

/** What placing a worker needs (Deployment.workersFor), without its document. */
export interface WorkerSketch {
  /** Its place among the documents of its file. */
  readonly position: number;
  readonly file: string;
  readonly group: string | undefined;
  readonly roles: readonly Role[];
}

const NOTHING: JudgedRun = { findings: [], failures: [] };

/**
 * Judges files: every rule that needs no other file, the threat model, inline
 * suppressions. Pass 1 runs it over each file once (in this thread or a worker thread,
 * src/scan/threads.ts); pass 2 (src/scan/scan.ts) uses it again for the rules that wait.
 */
export class FileJudge {
  readonly #config: JudgeConfig;
  readonly #knownRules: SuppressionOptions['knownRules'];
  readonly #rulesRun: ReadonlySet<string>;
  readonly #compact = compactor();

  constructor(config: JudgeConfig) {
    this.#config = config;
    this.#knownRules = new Map(allRules.map((rule) => [rule.id, rule]));
    this.#rulesRun = new Set(config.rules.map((rule) => rule.id));
  }

  /** What it judges by; a worker thread gets the same (src/scan/threads.ts). */
  get config(): JudgeConfig {
    return this.#config;
  }

  get rules(): readonly Rule[] {
    return this.#config.rules;
  }

  /** Pass 1 over one file. */
  async passOne(task: PassOneTask): Promise<PassOneOutcome> {
    const { index, file } = task;
    const read = await readDocuments(file, this.#config.kafkaVersion);
    const error = read.error ? { error: read.error } : {};
    if (!read.documents) return { index, documents: 0, ...error };
    const documents = read.documents;
    const slots = task.judged ? this.#runAll(documents, file) : [];
    const waiting = slots.some((slot) => slot.run === undefined);
    const workers: WorkerSketch[] = [];
    documents.forEach((doc, position) => {
      if (doc.hasRole('worker')) workers.push(sketchWorker(doc, position));
    });
    const digest = waiting || workers.length > 0 ? { digest: sha256Hex(read.text) } : {};
    const found = waiting ? { waiting: slots } : this.finish(documents, slots, file);
    return { index, documents: documents.length, ...error, ...digest, ...found, ...(workers.length > 0 ? { workers } : {}) };
  }

  /** The rules that waited, run again with the deployment they asked for. */
  rerun(slots: readonly Slot[], documents: readonly ConfigDocument[], deployment: Deployment, file: DiscoveredFile): Slot[] {
    return slots.map((slot) => (slot.run ? slot : { ...slot, run: this.#judge(runRule(this.rules[slot.rule]!, documents[slot.doc]!, this.#config.kafkaVersion, deployment, this.#config.fingerprints)!, file) }));
  }

  /** A file's findings once every rule has run: sorted, deduplicated, inline suppressions applied. */
  finish(documents: readonly ConfigDocument[], slots: readonly Slot[], file: DiscoveredFile): { findings?: Finding[]; failures?: RuleFailure[] } {
    const found: Finding[] = [];
    const failed: RuleFailure[] = [];
    for (const { run } of slots) {
      found.push(...run!.findings);
      failed.push(...run!.failures);
    }
    const judged = applyInlineSuppressions(sortFindings(found), documents, {
      enabled: this.#config.inlineSuppressions,
      rulesRun: this.#rulesRun,
      knownRules: this.#knownRules,
      today: this.#config.today,
      classify: this.#classifier(file),
    });
    return { ...(judged.length > 0 ? { findings: judged.map(this.#compact) } : {}), ...(failed.length > 0 ? { failures: failed } : {}) };
  }

  /** Every applicable rule over a file's documents; `undefined` where a rule waits for the deployment. */
  #runAll(documents: readonly ConfigDocument[], file: DiscoveredFile): Slot[] {
    const slots: Slot[] = [];
    documents.forEach((doc, d) =>
      this.rules.forEach((rule, r) => {
        if (!ruleAppliesTo(rule, doc)) return;
        const run = runRule(rule, doc, this.#config.kafkaVersion, undefined, this.#config.fingerprints);
        if (run === undefined) slots.push({ doc: d, rule: r, run: undefined });
        else if (run.findings.length > 0 || run.failures.length > 0) slots.push({ doc: d, rule: r, run: this.#judge(run, file) });
      }),
    );
    return slots;
  }

  // Findings are judged (and their strings compacted) as soon as a rule yields them, so a
  // file waiting for pass 2 holds little. Sorting and deduplicating after classifying
  // gives the same list: classifying changes nothing they look at.
  #judge(run: RuleRun, file: DiscoveredFile): JudgedRun {
    if (run.findings.length === 0 && run.failures.length === 0) return NOTHING;
    const classify = this.#classifier(file);
    return { findings: run.findings.map((finding) => this.#compact(classify(finding))), failures: run.failures };
  }

  /** The findings of a file are judged by its path from the scan root (and as the user named it). */
  #classifier(file: DiscoveredFile): (finding: LocatedFinding) => Finding {
    return (finding) => classifyFinding(finding, file.rootPath, this.#config.policy, finding.file);
  }
}

function sketchWorker(doc: ConfigDocument, position: number): WorkerSketch {
  // Strings copied: one sliced from the file's text would keep the whole text alive.
  return { position, file: copy(doc.file), group: doc.group === undefined ? undefined : copy(doc.group), roles: [...doc.roles] };
}

function copy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Reads and parses one file; a file that cannot be read or parsed yields an error. */
export async function readDocuments(file: DiscoveredFile, kafkaVersion: KafkaVersion): Promise<{ documents?: readonly ConfigDocument[]; error?: ScanError; text: string }> {
  if (file.size > MAX_FILE_BYTES) {
    return { error: { file: file.displayPath, line: 0, column: 0, message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not read` }, text: '' };
  }
  let text: string;
  try {
    // java.util.Properties.load(InputStream) decodes ISO-8859-1, and so does Kafka.
    text = readFileSync(file.absolutePath, file.kind === 'properties' ? 'latin1' : 'utf8');
  } catch (error) {
    return { error: { file: file.displayPath, line: 0, column: 0, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }, text: '' };
  }
  let built: Awaited<ReturnType<typeof buildDocuments>>;
  try {
    built = await buildDocuments({ file: file.displayPath, kind: file.kind, text }, kafkaVersion);
  } catch (error) {
    // A reader or adapter that throws is a bug of ours: this file is reported, the others are
    // still scanned, and the message never quotes the input.
    return { error: { file: file.displayPath, line: 0, column: 0, message: `not read: internal error in the ${file.kind} reader (${errorName(error)}); please report it` }, text };
  }
  // Each kind of document runs its own adapter and rules: the code cache should hold their code (src/cli/launcher.ts).
  for (const doc of built.documents) noteCodePath(`document:${doc.format}:${doc.role}`);
  return { documents: built.documents, text, ...(built.error ? { error: { file: file.displayPath, ...built.error } } : {}) };
}

/**
 * A finding as kept until the report: its strings copied out of the file's text (a key
 * or message sliced from it keeps the whole text alive) and shared between findings that
 * say the same thing. Nothing else changes, not even the order of the properties.
 */
function compactor(): (finding: Finding) => Finding {
  const shared = new Map<string, string>();
  const intern = (text: string): string => {
    let kept = shared.get(text);
    if (kept === undefined) shared.set((kept = copy(text)), kept);
    return kept;
  };
  const compacted = new WeakSet<Finding>();
  return (finding) => {
    if (compacted.has(finding)) return finding;
    const out: Record<string, unknown> = { ...finding };
    for (const property of ['title', 'key', 'message', 'reason', 'section'] as const) if (typeof finding[property] === 'string') out[property] = intern(finding[property]);
    for (const property of ['fingerprint', 'valueHash'] as const) if (typeof finding[property] === 'string') out[property] = copy(finding[property]);
    compacted.add(out as unknown as Finding);
    return out as unknown as Finding;
  };
}
