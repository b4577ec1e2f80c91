import { rules as allRules } from '../../rules/index.js';
import { discover, type DiscoveredFile, type DiscoveryNotice } from '../discover/walk.js';
import type { Finding } from '../engine/finding.js';
import type { RuleFailure } from '../engine/run-rules.js';
import { utcToday } from '../engine/suppressions.js';
import type { ConfigDocument } from '../model/config-document.js';
import { Deployment } from '../model/deployment.js';
import type { Rule } from '../rule-kit/types.js';
import type { Policy } from '../threat-model/policy.js';
import { sha256Hex } from '../util/hash.js';
import { packageVersion } from '../util/package-root.js';
import { formatVersion, NEWEST_KAFKA_VERSION, type KafkaVersion } from '../util/version.js';
import { resolvePolicy } from './builtin-policy.js';
import { FileJudge, readDocuments, type PassOneTask, type ScanError, type Slot } from './pass-one.js';
import { registerReaders } from './readers.js';
import { runPassOne, threadCount } from './threads.js';
import { WorkersDirectory } from './workers-directory.js';

export { MAX_FILE_BYTES } from './pass-one.js';

export interface ScanOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly exclude?: readonly string[];
  readonly kafkaVersion?: KafkaVersion;
  readonly threatModel?: string;
  /** Run only these rules (tests, `--rule`). */
  readonly ruleIds?: readonly string[];
  readonly gitignore?: boolean;
  /** The folder THREAT_MODEL.md globs are relative to; derived from the paths by default. */
  readonly root?: string;
  /** Apply `# connect-audit-ignore` comments (default true; `--no-inline-suppressions`). */
  readonly inlineSuppressions?: boolean;
  /** Today as YYYY-MM-DD (UTC), when suppressions with `until=` expire; tests fix it. */
  readonly today?: string;
  /** Called after each file, for a progress indicator. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The files to judge (`--context`: the paths pre-commit passes); every other file is read
   * only for what judging them needs, the Connect workers their connectors run on.
   */
  readonly judges?: (displayPath: string) => boolean;
  /** Told what the user should know but does not change the result (a worker thread that failed). */
  readonly onWarning?: (message: string) => void;
  /**
   * Compute each finding's `fingerprint` and `valueHash` (default true). The command line
   * turns it off for a report that prints neither and no baseline: they are SHA-256 digests,
   * two per finding, which a one-file scan computes on code V8 has not optimised.
   */
  readonly fingerprints?: boolean;
}

export type { ScanError } from './pass-one.js';

export interface ScanResult {
  readonly tool: 'connect-audit';
  readonly version: string;
  readonly threatModel: { readonly path: string; readonly sha256: string };
  readonly kafkaVersion: string;
  readonly root: string;
  readonly filesScanned: number;
  readonly documents: number;
  readonly findings: Finding[];
  readonly errors: ScanError[];
  readonly notices: DiscoveryNotice[];
}

export function selectRules(ruleIds: readonly string[] | undefined): Rule[] {
  if (!ruleIds) return [...allRules];
  const known = new Map(allRules.map((rule) => [rule.id, rule]));
  return ruleIds.map((id) => {
    const rule = known.get(id);
    if (!rule) throw new UnknownRuleError(id);
    return rule;
  });
}

export class UnknownRuleError extends Error {
  constructor(id: string) {
    super(`unknown rule "${id}" (see connect-audit rules)`);
  }
}

/**
 * discover → parse → model → rules → classify; never throws for bad input, only for a bad policy.
 *
 * Files stream through: each is read, parsed, judged by every rule that needs no other
 * file, classified, and then only its findings are kept, so memory grows with the
 * findings, not with the text or the documents of the tree. A rule that reads
 * `ctx.deployment` (a connector judged with its workers) is left for a second pass over
 * the files that need one, which reads them again together with the workers they need.
 * Findings, errors and their order are those of running every rule over every document
 * at once (test/scan/streaming.test.ts): each file's results are assembled in document,
 * rule, yield order, and a file is sorted and judged as a whole.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  registerReaders();
  const kafkaVersion = options.kafkaVersion ?? NEWEST_KAFKA_VERSION;
  const rules = selectRules(options.ruleIds);
  const discovery = discover(options.paths, { cwd: options.cwd, exclude: options.exclude ?? [], gitignore: options.gitignore ?? true, ...(options.root !== undefined ? { root: options.root } : {}) });
  const policy: Policy = await resolvePolicy(options.threatModel, discovery.root, options.cwd, discovery.notices);

  const errors: ScanError[] = discovery.missing.map((notice) => ({ file: notice.path, line: 0, column: 0, message: notice.message }));
  const judge = new FileJudge({ rules, kafkaVersion, policy, inlineSuppressions: options.inlineSuppressions ?? true, today: options.today ?? utcToday(), fingerprints: options.fingerprints ?? true });
  const findingsOf: (readonly Finding[])[] = [];
  const failuresOf: (readonly RuleFailure[])[] = [];

  // Pass 1: every file, once (on worker threads for a big tree, src/scan/threads.ts).
  const pending: { readonly source: Source; readonly slots: readonly Slot[] }[] = [];
  let needsEverything = false;
  const unknown = (): never => {
    needsEverything = true;
    throw new Error('this rule needs more of the deployment than the workers of a connector');
  };
  const directory = new WorkersDirectory(unknown);
  const workerFiles = new Map<number, Source>();
  let documentCount = 0;
  let done = 0;
  const tasks: PassOneTask[] = [];
  for (const [index, file] of discovery.files.entries()) {
    const judged = options.judges?.(file.displayPath) ?? true;
    // Context that cannot hold a worker (connector JSON, client code) is not even read.
    if (!judged && (file.kind === 'json' || file.kind === 'javascript')) options.onProgress?.(++done, discovery.files.length);
    else tasks.push({ index, file, judged });
  }
  await runPassOne(tasks, judge, threadCount(tasks.length), (outcome) => {
    const { index } = outcome;
    const file = discovery.files[index]!;
    if (outcome.error) errors.push(outcome.error);
    options.onProgress?.(++done, discovery.files.length);
    documentCount += outcome.documents;
    const source: Source | undefined = outcome.digest !== undefined ? { index, file, digest: outcome.digest } : undefined;
    if (outcome.workers) {
      workerFiles.set(index, source!);
      for (const sketch of outcome.workers) directory.add(sketch, index);
    }
    if (outcome.waiting) pending.push({ source: source!, slots: outcome.waiting });
    if (outcome.findings) findingsOf[index] = outcome.findings;
    if (outcome.failures) failuresOf[index] = outcome.failures;
  }, () => options.onWarning?.('a worker thread failed; the rest of the scan ran on one thread (set CONNECT_AUDIT_THREADS=0 to skip threads)'));

  // Pass 2: the rules that judge a document against others, file by file.
  if (pending.length > 0) {
    const changed = new Set<number>();
    /** A file as pass 1 read it; an error (fail closed) when it has changed since. */
    const readAgain = async (source: Source): Promise<readonly ConfigDocument[] | undefined> => {
      if (changed.has(source.index)) return undefined;
      const read = await readDocuments(source.file, kafkaVersion);
      if (read.documents && !read.error && sha256Hex(read.text) === source.digest) return read.documents;
      errors.push({ file: source.file.displayPath, line: 0, column: 0, message: 'changed while it was being scanned; scan again' });
      changed.add(source.index);
      return undefined;
    };
    const finish = (source: Source, documents: readonly ConfigDocument[], slots: readonly Slot[]): void => {
      const { findings, failures } = judge.finish(documents, slots, source.file);
      if (findings) findingsOf[source.index] = findings;
      if (failures) failuresOf[source.index] = failures;
    };
    // Worker files recently built, so that the connectors next to them do not build them again.
    const recent = new Map<number, readonly ConfigDocument[]>();
    for (const { source, slots } of pending) {
      const documents = await readAgain(source);
      if (!documents) continue;
      while (recent.size > RECENT_WORKER_FILES) recent.delete(recent.keys().next().value!);
      if (workerFiles.has(source.index)) recent.set(source.index, documents);
      try {
        for (const d of new Set(slots.filter((slot) => !slot.run).map((slot) => slot.doc))) {
          for (const { fileIndex } of directory.workersFor(documents[d]!)) {
            const known = recent.get(fileIndex);
            recent.delete(fileIndex);
            const built = known ?? (await readAgain(workerFiles.get(fileIndex)!)) ?? [];
            recent.set(fileIndex, built);
          }
        }
      } catch {
        // a stand-in was asked for more than its place
      }
      if (needsEverything) break;
      const deployment = workersFrom(directory, recent, unknown);
      const runs = judge.rerun(slots, documents, deployment, source.file);
      if (needsEverything) break;
      finish(source, documents, runs);
    }
    if (needsEverything) {
      // A rule asked for more than a connector's workers: build every document, as an
      // unstreamed scan would, and run the waiting rules again against all of them.
      const all: ConfigDocument[] = [];
      const documentsOf = new Map<number, readonly ConfigDocument[]>();
      const pendingAt = new Map(pending.map((item) => [item.source.index, item]));
      for (const [index, file] of discovery.files.entries()) {
        const item = pendingAt.get(index);
        const source = item?.source ?? workerFiles.get(index);
        const documents = (source ? await readAgain(source) : (await readDocuments(file, kafkaVersion)).documents) ?? [];
        documentsOf.set(index, documents);
        all.push(...documents);
      }
      const everything = new Deployment(all);
      for (const { source, slots } of pending) {
        delete findingsOf[source.index];
        delete failuresOf[source.index];
        if (changed.has(source.index)) continue;
        const documents = documentsOf.get(source.index)!;
        finish(source, documents, judge.rerun(slots, documents, everything, source.file));
      }
    }
  }

  for (const failure of failuresOf.flat()) {
    errors.push({ file: failure.file, line: 0, column: 0, message: `rule ${failure.ruleId} failed: ${failure.message}` });
  }
  return {
    tool: 'connect-audit',
    version: packageVersion(),
    threatModel: { path: policy.path, sha256: policy.sha256 },
    kafkaVersion: formatVersion(kafkaVersion),
    root: discovery.root,
    filesScanned: discovery.files.length,
    documents: documentCount,
    findings: findingsOf.flat(),
    errors: errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    notices: discovery.notices,
  };
}

/** Worker files pass 2 keeps built at a time (connectors mostly sit next to their workers). */
const RECENT_WORKER_FILES = 64;

/**
 * A file pass 2 reads again, rather than holding its text or documents through pass 1;
 * the digest of what pass 1 read tells whether it is still the same file.
 */
interface Source {
  readonly index: number;
  readonly file: DiscoveredFile;
  readonly digest: string;
}

/**
 * The deployment a waiting rule sees in pass 2: the workers of a connector, built from
 * their files; anything else it asks calls `unknown`, which throws.
 */
function workersFrom(directory: WorkersDirectory, built: ReadonlyMap<number, readonly ConfigDocument[]>, unknown: () => never): Deployment {
  const workersFor = (connector: ConfigDocument): ConfigDocument[] =>
    directory.workersFor(connector).map(({ fileIndex, position }) => built.get(fileIndex)?.[position] ?? unknown());
  return new Proxy(Object.create(Deployment.prototype) as Deployment, {
    get(_target, property) {
      return property === 'workersFor' ? workersFor : unknown();
    },
  });
}
