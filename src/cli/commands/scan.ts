import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { setV8Flags } from '../../util/v8-flags.js';
import { CLASSIFICATIONS, type Classification, type Finding } from '../../engine/finding.js';
import { SEVERITIES, type Severity } from '../../rule-kit/types.js';
import { scan, type ScanResult } from '../../scan/scan.js';
import { parseKafkaVersion } from '../../util/version.js';
import { UsageError, type Io } from '../errors.js';
import { reportChunks, REPORT_FORMATS, type ReportFormat } from '../format-report.js';
import { startProgress } from '../progress.js';
import { informationUri, loadRuleDocs } from '../rule-docs.js';
import { rules as allRules } from '../../../rules/index.js';
import { BaselineError } from '../../baseline/baseline.js';
import { filterByBaselineFile, writeBaselineFile } from '../../baseline/io.js';
import { toPosix } from '../../util/paths.js';
import { noteCodePath } from '../../util/code-paths.js';

interface ScanFlags {
  threatModel?: string;
  format: ReportFormat;
  output?: string;
  failOn: string;
  minSeverity: Severity;
  kafkaVersion?: string;
  baseline?: string;
  writeBaseline?: string;
  includeSuppressed?: boolean;
  exclude: string[];
  showAll?: boolean;
  category?: string;
  gitignore: boolean;
  rule?: string[];
  quiet?: boolean;
  color?: boolean;
  inlineSuppressions: boolean;
  context?: string;
}

export function registerScanCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('scan')
    .description('scan files and folders (default: the current folder)')
    .argument('[paths...]', 'files and folders to scan', [])
    .option('--threat-model <file>', 'the THREAT_MODEL.md to judge findings by (default: ./THREAT_MODEL.md at the scan root, else the built-in one)')
    .addOption(new Option('--format <format>', 'output format').choices(REPORT_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <classes>', 'comma-separated classifications that fail the run, or "none"', 'VALID')
    .addOption(new Option('--min-severity <severity>', 'ignore findings below this severity').choices(SEVERITIES).default('low'))
    .option('--kafka-version <version>', 'target Kafka version for defaults and CVE applicability (X.Y[.Z])')
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--write-baseline <file>', 'record the current findings as a baseline')
    .option('--include-suppressed', 'SARIF: also include BY-DESIGN and OUT-OF-MODEL results, marked as suppressed')
    .option('--exclude <glob...>', 'skip files and folders matching these globs', [])
    .option('--show-all', 'text: also list BY-DESIGN and OUT-OF-MODEL findings with their reasons')
    .option('--category <id>', 'SARIF automationDetails.id', 'connect-audit/')
    .option('--no-gitignore', 'do not honour .gitignore files')
    .option('--rule <id...>', 'run only these rules')
    .option('-q, --quiet', 'no progress output')
    .option('--no-color', 'never colour the text output')
    .option('--no-inline-suppressions', 'ignore every "# connect-audit-ignore" comment (for audits)')
    .option('--context <folder>', 'also read the configs under this folder for cross-file context, but report only the paths given (pre-commit)')
    .action(async (paths: string[], flags: ScanFlags) => {
      setExitCode(await runScan(paths, flags, io));
    });
}

/** From this many files on, a scan keeps V8's heap small (frugalHeapForBigScans). */
const BIG_SCAN_FILES = 500;

/**
 * A scan allocates far more than it keeps; by default V8 lets the heap grow to several times
 * what is live before it collects, which on a big tree is most of the peak RSS (430 MB
 * instead of 266 MB on 64,000 files). Set once the file count is known, so that a small scan
 * nor collects more often than it needs to.
 */
function frugalHeapForBigScans(): (total: number) => void {
  let set = false;
  return (total) => {
    if (set || total < BIG_SCAN_FILES) return;
    set = true;
    setV8Flags('--heap-growing-percent=10');
  };
}

async function runScan(paths: string[], flags: ScanFlags, io: Io): Promise<number> {
  const failOn = parseFailOn(flags.failOn);
  const kafkaVersion = flags.kafkaVersion === undefined ? undefined : parseKafkaVersion(flags.kafkaVersion);
  if (flags.kafkaVersion !== undefined && !kafkaVersion) throw new UsageError(`--kafka-version must look like 3.9 or 3.9.1, not "${flags.kafkaVersion}"`);
  const progress = startProgress(io, flags.quiet === true);
  const warn = (message: string): void => io.stderr(`connect-audit: warning: ${message}\n`);
  const heap = frugalHeapForBigScans();
  const result = await scan({
    paths: flags.context !== undefined ? [flags.context, ...paths] : paths,
    cwd: io.cwd,
    exclude: flags.exclude,
    ...(kafkaVersion ? { kafkaVersion } : {}),
    ...(flags.threatModel !== undefined ? { threatModel: resolve(io.cwd, flags.threatModel) } : {}),
    ...(flags.rule ? { ruleIds: flags.rule } : {}),
    gitignore: flags.gitignore,
    inlineSuppressions: flags.inlineSuppressions,
    onProgress: (done, total) => {
      heap(total);
      progress.update(done, total);
    },
    ...(flags.context !== undefined ? { judges: namedPaths(paths, io) } : {}),
    onWarning: (message) => warn(message),
    // Only JSON and SARIF print them, and baselines key on the value hash.
    fingerprints: flags.format === 'json' || flags.format === 'sarif' || flags.baseline !== undefined || flags.writeBaseline !== undefined,
  }).finally(progress.finish);
  const scanned = flags.context !== undefined ? onlyNamedPaths(result, paths, io, warn) : result;

  let findings = scanned.findings;
  try {
    if (flags.writeBaseline !== undefined) {
      const count = writeBaselineFile(findings, flags.writeBaseline, io.cwd);
      if (!flags.quiet) io.stderr(`connect-audit: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${flags.writeBaseline}\n`);
    }
    if (flags.baseline !== undefined) {
      const filtered = filterByBaselineFile(findings, flags.baseline, io.cwd);
      findings = filtered.fresh;
      if (!flags.quiet && filtered.known > 0) io.stderr(`connect-audit: ${filtered.known} finding${filtered.known === 1 ? '' : 's'} in the baseline ${flags.baseline} not reported\n`);
    }
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  const minimum = SEVERITIES.indexOf(flags.minSeverity);
  const reported: ScanResult = { ...scanned, findings: findings.filter((finding) => SEVERITIES.indexOf(finding.severity) >= minimum) };

  const color = flags.color !== false && flags.output === undefined && io.stdoutIsTty && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
  const needsDocs = flags.format === 'sarif' || flags.format === 'markdown';
  const linkBase = markdownLinkBase(io.env);
  noteCodePath(`format:${flags.format}${color ? ':color' : ''}`);
  const chunks = await reportChunks(reported, flags.format, {
    color,
    showAll: flags.showAll === true,
    failOn,
    includeSuppressed: flags.includeSuppressed === true,
    category: flags.category ?? 'connect-audit/',
    ...(needsDocs ? { ruleDocs: loadRuleDocs(allRules.map((rule) => rule.id)), informationUri: informationUri() } : {}),
    ...(linkBase !== undefined ? { linkBase } : {}),
    cwd: io.cwd,
    warn,
  });
  if (flags.output !== undefined) {
    const target = resolve(io.cwd, flags.output);
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, 'w');
    try {
      for (const chunk of chunks) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  } else {
    for (const chunk of chunks) io.stdout(chunk);
  }
  // Errors go to stderr too, so a machine-readable report on stdout never hides them.
  if (flags.format !== 'text' || flags.output !== undefined) {
    for (const error of reported.errors) io.stderr(`${formatErrorLocation(error)}: error: ${error.message}\n`);
  }
  if (reported.errors.length > 0) return 2;
  if (flags.writeBaseline !== undefined) return 0;
  return reported.findings.some((finding) => isFailing(finding, failOn)) ? 1 : 0;
}

/**
 * `--context FOLDER paths…`: the whole folder was scanned so that rules see every worker
 * and connector, but only the paths named (the files pre-commit passes) are reported.
 * An unreadable context file does not fail the run: it is not what is being committed.
 */
function onlyNamedPaths(result: ScanResult, paths: readonly string[], io: Io, warn: (message: string) => void): ScanResult {
  const isNamed = namedPaths(paths, io);
  const contextErrors = result.errors.filter((error) => !isNamed(error.file));
  if (contextErrors.length > 0) {
    warn(`${contextErrors.length} context file${contextErrors.length === 1 ? '' : 's'} could not be read or parsed (first: ${formatErrorLocation(contextErrors[0]!)}); cross-file findings may be incomplete`);
  }
  return {
    ...result,
    findings: result.findings.filter((finding) => isNamed(finding.file)),
    errors: result.errors.filter((error) => isNamed(error.file)),
  };
}

/** Whether a file (as displayed: relative to the current folder) is one of the paths named, or below one. */
function namedPaths(paths: readonly string[], io: Io): (file: string) => boolean {
  const named = paths.map((path) => toPosix(relative(io.cwd, resolve(io.cwd, path))) || '.');
  return (file) => named.some((path) => path === '.' || file === path || file.startsWith(`${path}/`));
}

/** Where Markdown links point: CONNECT_AUDIT_LINK_BASE, else the GitHub Actions commit being built. */
function markdownLinkBase(env: NodeJS.ProcessEnv): string | undefined {
  const explicit = env.CONNECT_AUDIT_LINK_BASE;
  if (explicit) return explicit.endsWith('/') ? explicit : `${explicit}/`;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (server && repository && sha) return `${server}/${repository}/blob/${sha}/`;
  return undefined;
}

function formatErrorLocation(error: { file: string; line: number; column: number }): string {
  return error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
}

function isFailing(finding: Finding, failOn: ReadonlySet<Classification>): boolean {
  return failOn.has(finding.classification);
}

export function parseFailOn(text: string): Set<Classification> {
  const out = new Set<Classification>();
  for (const part of text.split(',').map((item) => item.trim().toUpperCase()).filter(Boolean)) {
    if (part === 'NONE') continue;
    if (!(CLASSIFICATIONS as readonly string[]).includes(part)) {
      throw new UsageError(`--fail-on takes ${CLASSIFICATIONS.join(', ')} or none, not "${part}"`);
    }
    out.add(part as Classification);
  }
  return out;
}
