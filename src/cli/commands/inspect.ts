import { readFileSync, statSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { sniffKind } from '../../discover/sniff.js';
import { buildDocuments } from '../../model/build.js';
import type { ConfigDocument } from '../../model/config-document.js';
import type { Entry } from '../../model/entry.js';
import { maskSecrets } from '../../model/kafka/secret-patterns.js';
import { redact } from '../../rule-kit/redact.js';
import { registerReaders } from '../../scan/readers.js';
import { MAX_FILE_BYTES } from '../../scan/scan.js';
import { toPosix } from '../../util/paths.js';
import { formatVersion, NEWEST_KAFKA_VERSION, parseKafkaVersion } from '../../util/version.js';
import { keysWithDefaults } from '../../model/defaults/index.js';
import { UsageError, type Io } from '../errors.js';

/** `inspect FILE`: the model connect-audit builds of one file, secrets redacted. */
export function registerInspectCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('inspect')
    .description('show how connect-audit reads a file: role, entries, locations, effective values (secrets redacted)')
    .argument('<file>', 'the file to read')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--kafka-version <version>', 'target Kafka version for effective values')
    .action(async (file: string, flags: { format: 'text' | 'json'; kafkaVersion?: string }) => {
      const version = flags.kafkaVersion === undefined ? NEWEST_KAFKA_VERSION : parseKafkaVersion(flags.kafkaVersion);
      if (!version) throw new UsageError(`--kafka-version must look like 3.9 or 3.9.1, not "${flags.kafkaVersion}"`);
      const absolute = resolve(io.cwd, file);
      const display = toPosix(relative(io.cwd, absolute));
      let size: number;
      try {
        size = statSync(absolute).size;
      } catch {
        throw new UsageError(`${file}: no such file`);
      }
      if (size > MAX_FILE_BYTES) throw new UsageError(`${display}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
      const head = readFileSync(absolute, 'latin1');
      const kind = sniffKind(basename(absolute), head.slice(0, 65536)) ?? 'properties';
      registerReaders();
      const text = kind === 'properties' ? head : readFileSync(absolute, 'utf8');
      const built = await buildDocuments({ file: display, kind, text }, version);
      if (built.error) {
        io.stderr(`${display}:${built.error.line}:${built.error.column}: error: ${built.error.message}\n`);
        setExitCode(2);
        return;
      }
      const view = built.documents.map((doc) => describe(doc));
      const report = { file: display, format: built.documents[0]?.format ?? kind, documents: view };
      if (flags.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else io.stdout(renderText(report));
    });
}

/**
 * The value with every secret redacted: the whole value of a secret key (unless it is a
 * provider reference or a template), each credential option of a JAAS config, and any
 * password, key or token found inside another value (a URL's user info, a PEM block).
 */
function shown(entry: Entry): string {
  return maskSecrets(entry, redact);
}

function describe(doc: ConfigDocument) {
  const explicit = new Set(doc.entries.map((entry) => entry.key));
  return {
    name: doc.name ?? null,
    role: doc.role,
    roles: doc.roles,
    format: doc.format,
    kafkaVersion: formatVersion(doc.kafkaVersion),
    kafkaVersionFromInput: doc.kafkaVersionFromInput,
    ...(doc.kafkaVersionSource !== undefined ? { kafkaVersionSource: doc.kafkaVersionSource } : {}),
    entries: doc.entries.map((entry) => ({
      key: entry.key,
      value: shown(entry),
      line: entry.span.line,
      column: entry.span.column,
      endLine: entry.span.endLine,
      endColumn: entry.span.endColumn,
      ...(entry.origin ? { origin: entry.origin } : {}),
      ...(entry.isProviderReference ? { providerReference: true } : {}),
      ...(doc.get(entry.key) !== entry ? { shadowed: true } : {}),
    })),
    defaults: Object.fromEntries(
      keysWithDefaults()
        .filter((key) => !explicit.has(key))
        .map((key) => [key, doc.effective(key)] as const)
        .filter(([, value]) => value !== undefined),
    ),
  };
}

function renderText(report: { file: string; format: string; documents: ReturnType<typeof describe>[] }): string {
  const out = [`${report.file} (${report.format})`];
  if (report.documents.length === 0) out.push('  not a Kafka or Kafka Connect configuration');
  for (const doc of report.documents) {
    out.push(`  ${doc.name ? `${doc.name}: ` : ''}${doc.roles.join('+')}, Kafka ${doc.kafkaVersion}${doc.kafkaVersionFromInput ? ` (from ${doc.kafkaVersionSource ?? 'the input'})` : ''}`);
    for (const entry of doc.entries) out.push(`    ${entry.line}:${entry.column}  ${entry.key} = ${oneLine(entry.value)}${entry.shadowed ? '  (overridden below)' : ''}`);
    const defaults = Object.entries(doc.defaults);
    if (defaults.length > 0) out.push('    defaults:');
    for (const [key, value] of defaults) out.push(`      ${key} = ${value}`);
  }
  return `${out.join('\n')}\n`;
}

/** A multi-line value (a JAAS file section, a PEM block) on one line of the listing. */
function oneLine(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd())
    .join('\\n');
}
