import { readFileSync } from 'node:fs';
import { rules as allRules } from '../../rules/index.js';
import { discover, type DiscoveryNotice } from '../discover/walk.js';
import type { Finding, LocatedFinding } from '../engine/finding.js';
import { runRules } from '../engine/run-rules.js';
import { applyInlineSuppressions, utcToday } from '../engine/suppressions.js';
import { buildDocuments } from '../model/build.js';
import type { ConfigDocument } from '../model/config-document.js';
import { Deployment } from '../model/deployment.js';
import type { Rule } from '../rule-kit/types.js';
import { classifyFinding } from '../threat-model/classify.js';
import type { Policy } from '../threat-model/policy.js';
import { packageInfo } from '../util/package-root.js';
import { formatVersion, NEWEST_KAFKA_VERSION, type KafkaVersion } from '../util/version.js';
import { resolvePolicy } from './builtin-policy.js';
import { registerReaders } from './readers.js';

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

/** discover → parse → model → rules → classify; never throws for bad input, only for a bad policy. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  registerReaders();
  const kafkaVersion = options.kafkaVersion ?? NEWEST_KAFKA_VERSION;
  const rules = selectRules(options.ruleIds);
  const discovery = discover(options.paths, { cwd: options.cwd, exclude: options.exclude ?? [], gitignore: options.gitignore ?? true, ...(options.root !== undefined ? { root: options.root } : {}) });
  const policy: Policy = await resolvePolicy(options.threatModel, discovery.root, options.cwd);

  const errors: ScanError[] = discovery.missing.map((notice) => ({ file: notice.path, line: 0, column: 0, message: notice.message }));
  const documents: ConfigDocument[] = [];
  const rootPathOf = new Map<string, string>();
  let done = 0;
  for (const file of discovery.files) {
    rootPathOf.set(file.displayPath, file.rootPath);
    if (file.size > MAX_FILE_BYTES) {
      errors.push({ file: file.displayPath, line: 0, column: 0, message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not read` });
      continue;
    }
    let text: string;
    try {
      // java.util.Properties.load(InputStream) decodes ISO-8859-1, and so does Kafka.
      text = readFileSync(file.absolutePath, file.kind === 'properties' ? 'latin1' : 'utf8');
    } catch (error) {
      errors.push({ file: file.displayPath, line: 0, column: 0, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    const built = await buildDocuments({ file: file.displayPath, kind: file.kind, text }, kafkaVersion);
    if (built.error) errors.push({ file: file.displayPath, ...built.error });
    documents.push(...built.documents);
    options.onProgress?.(++done, discovery.files.length);
  }

  const run = runRules(new Deployment(documents), rules, kafkaVersion);
  for (const failure of run.failures) {
    errors.push({ file: failure.file, line: 0, column: 0, message: `rule ${failure.ruleId} failed: ${failure.message}` });
  }
  const classify = (finding: LocatedFinding): Finding => classifyFinding(finding, rootPathOf.get(finding.file) ?? finding.file, policy);
  const findings = applyInlineSuppressions(run.findings.map(classify), documents, {
    enabled: options.inlineSuppressions ?? true,
    rulesRun: new Set(rules.map((rule) => rule.id)),
    knownRules: new Map(allRules.map((rule) => [rule.id, rule])),
    today: options.today ?? utcToday(),
    classify,
  });
  return {
    tool: 'connect-audit',
    version: packageInfo().version,
    threatModel: { path: policy.path, sha256: policy.sha256 },
    kafkaVersion: formatVersion(kafkaVersion),
    root: discovery.root,
    filesScanned: discovery.files.length,
    documents: documents.length,
    findings,
    errors: errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
    notices: discovery.notices,
  };
}
