import { readFileSync } from 'node:fs';
import { rules as allRules } from '../../rules/index.js';
import { discover, type DiscoveredFile, type DiscoveryNotice } from '../discover/walk.js';
import type { Finding, LocatedFinding } from '../engine/finding.js';
import { ruleAppliesTo, runRule, sortFindings, type RuleFailure, type RuleRun } from '../engine/run-rules.js';
import { applyInlineSuppressions, utcToday, type SuppressionOptions } from '../engine/suppressions.js';
import { buildDocuments } from '../model/build.js';
import type { ConfigDocument } from '../model/config-document.js';
import { Deployment } from '../model/deployment.js';
import type { Rule } from '../rule-kit/types.js';
import { classifyFinding } from '../threat-model/classify.js';
import type { Policy } from '../threat-model/policy.js';
import { sha256Hex } from '../util/hash.js';
import { packageInfo } from '../util/package-root.js';
import { formatVersion, NEWEST_KAFKA_VERSION, type KafkaVersion } from '../util/version.js';
import { resolvePolicy } from './builtin-policy.js';
import { registerReaders } from './readers.js';
import { WorkersDirectory } from './workers-directory.js';

/** Inputs larger than this are refused with an error rather than read into memory. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

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
}

/** An input that could not be read or parsed; the scan fails closed on it. */
export interface ScanError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

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
  const rootPathOf = new Map<string, string>();
  const classify = (finding: LocatedFinding): Finding => classifyFinding(finding, rootPathOf.get(finding.file) ?? finding.file, policy, finding.file);
  const suppressions: SuppressionOptions = {
    enabled: options.inlineSuppressions ?? true,
    rulesRun: new Set(rules.map((rule) => rule.id)),
    knownRules: new Map(allRules.map((rule) => [rule.id, rule])),
    today: options.today ?? utcToday(),
    classify,
  };
  const findingsOf: Finding[][] = [];
  const failuresOf: RuleFailure[][] = [];
  // Findings are judged (and their strings compacted) as soon as a rule yields them, so a
  // file waiting for pass 2 holds little. Sorting and deduplicating after classifying
  // gives the same list: classifying changes nothing they look at.
  const compact = compactor();
  const judge = (run: RuleRun): JudgedRun =>
    run.findings.length === 0 && run.failures.length === 0 ? NOTHING : { findings: run.findings.map((finding) => compact(classify(finding))), failures: run.failures };
  /** Every applicable rule over a file's documents; `undefined` where a rule waits for the deployment. */
  const runAll = (documents: readonly ConfigDocument[]): Slot[] => {
    const slots: Slot[] = [];
    documents.forEach((doc, d) =>
      rules.forEach((rule, r) => {
        if (!ruleAppliesTo(rule, doc)) return;
        const run = runRule(rule, doc, kafkaVersion, undefined);
        if (run === undefined) slots.push({ doc: d, rule: r, run: undefined });
        else if (run.findings.length > 0 || run.failures.length > 0) slots.push({ doc: d, rule: r, run: judge(run) });
      }),
    );
    return slots;
  };
  const finish = (index: number, documents: readonly ConfigDocument[], slots: readonly Slot[]): void => {
    const found: Finding[] = [];
    const failed: RuleFailure[] = [];
    for (const { run } of slots) {
      found.push(...run!.findings);
      failed.push(...run!.failures);
    }
    if (failed.length > 0) failuresOf[index] = failed;
    const judged = applyInlineSuppressions(sortFindings(found), documents, suppressions);
    if (judged.length > 0) findingsOf[index] = judged.map(compact);
  };

  // Pass 1: every file, once.
  const pending: { readonly source: Source; readonly slots: Slot[] }[] = [];
  let needsEverything = false;
  const unknown = (): never => {
    needsEverything = true;
    throw new Error('this rule needs more of the deployment than the workers of a connector');
  };
  const directory = new WorkersDirectory(unknown);
  const workerFiles = new Map<number, Source>();
  let documentCount = 0;
  let done = 0;
  for (const [index, file] of discovery.files.entries()) {
    rootPathOf.set(file.displayPath, file.rootPath);
    const judged = options.judges?.(file.displayPath) ?? true;
    // Context that cannot hold a worker (connector JSON, client code) is not even read.
    if (!judged && (file.kind === 'json' || file.kind === 'javascript')) {
      options.onProgress?.(++done, discovery.files.length);
      continue;
    }
    const read = await readDocuments(file, kafkaVersion);
    if (read.error) errors.push(read.error);
    options.onProgress?.(++done, discovery.files.length);
    if (!read.documents) continue;
    const documents = read.documents;
    documentCount += documents.length;
    const slots = judged ? runAll(documents) : [];
    const waiting = slots.some((slot) => slot.run === undefined);
    const holdsWorker = documents.some((doc) => doc.hasRole('worker'));
    const source: Source | undefined = waiting || holdsWorker ? { index, file, digest: sha256Hex(read.text) } : undefined;
    if (holdsWorker) {
      workerFiles.set(index, source!);
      documents.forEach((doc, position) => doc.hasRole('worker') && directory.add(doc, { fileIndex: index, position }));
    }
    if (waiting) pending.push({ source: source!, slots });
    else finish(index, documents, slots);
  }

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
    const rerun = (slots: readonly Slot[], documents: readonly ConfigDocument[], deployment: Deployment): Slot[] =>
      slots.map((slot) => (slot.run ? slot : { ...slot, run: judge(runRule(rules[slot.rule]!, documents[slot.doc]!, kafkaVersion, deployment)!) }));
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
      const runs = rerun(slots, documents, deployment);
      if (needsEverything) break;
      finish(source.index, documents, runs);
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
        finish(source.index, documents, rerun(slots, documents, everything));
      }
    }
  }

  for (const failure of failuresOf.flat()) {
    errors.push({ file: failure.file, line: 0, column: 0, message: `rule ${failure.ruleId} failed: ${failure.message}` });
  }
  return {
    tool: 'connect-audit',
    version: packageInfo().version,
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

/** One rule over one document of a file: its judged findings, or undefined while it waits for pass 2. */
interface Slot {
  readonly doc: number;
  readonly rule: number;
  readonly run: JudgedRun | undefined;
}

/** One rule over one document, its findings judged by the threat model. */
interface JudgedRun {
  readonly findings: readonly Finding[];
  readonly failures: readonly RuleFailure[];
}

const NOTHING: JudgedRun = { findings: [], failures: [] };

/**
 * A file pass 2 reads again, rather than holding its text or documents through pass 1;
 * the digest of what pass 1 read tells whether it is still the same file.
 */
interface Source {
  readonly index: number;
  readonly file: DiscoveredFile;
  readonly digest: string;
}

/** Reads and parses one file; a file that cannot be read or parsed yields an error. */
async function readDocuments(file: DiscoveredFile, kafkaVersion: KafkaVersion): Promise<{ documents?: readonly ConfigDocument[]; error?: ScanError; text: string }> {
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
    const kind = error instanceof Error && /^\w+$/.test(error.name) ? error.name : 'Error';
    return { error: { file: file.displayPath, line: 0, column: 0, message: `not read: internal error in the ${file.kind} reader (${kind}); please report it` }, text };
  }
  return { documents: built.documents, text, ...(built.error ? { error: { file: file.displayPath, ...built.error } } : {}) };
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

/**
 * A finding as kept until the report: its strings copied out of the file's text (a key
 * or message sliced from it keeps the whole text alive) and shared between findings that
 * say the same thing. Nothing else changes, not even the order of the properties.
 */
function compactor(): (finding: Finding) => Finding {
  const shared = new Map<string, string>();
  const copy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
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
