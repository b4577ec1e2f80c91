#!/usr/bin/env node
/**
 * bin/connect-audit.cjs, the command users, the pre-commit hook and the GitHub Action run:
 * it loads the CLI bundle beside it (bin/connect-audit-core.cjs), and the parsers the bundle
 * loads from there, with V8's compiled code from the previous run, and calls its main(). Compiling the 670 KiB bundle and then each
 * function as it is first called is a third of a one-file scan (docs/performance.md); with
 * the code a run leaves in connect-audit's cache (src/util/cache.ts), the next one skips it.
 * Node ≥ 22.1 has this built in (module.enableCompileCache); Node 20 gets it from node:vm,
 * as Node's own CommonJS loader compiles a module, plus the cached data.
 *
 * Only connect-audit's own files in its bin/ folder are compiled: never anything from a scanned file. V8 refuses
 * cached code made by another V8, with other flags or for a source of another length; the
 * entry's name also carries the bundle's build id and the Node version. Bundled by
 * scripts/bundle.mjs, which defines __CONNECT_AUDIT_BUILD__.
 */
import { closeSync, openSync, readdirSync, readFileSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import * as Module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { readCacheEntry, usableCacheDirectory, writeCacheEntry } from '../util/cache.js';
import { runKind } from './run-kind.js';

declare const __CONNECT_AUDIT_BUILD__: string;

interface Core {
  main(): void;
  setBesideLoader(load: (name: string) => unknown): void;
  v8FlagsChanged(): boolean;
  codePathsUsed(): readonly string[];
  isUnusualRun(): boolean;
  rememberUsableCacheDirectory(directory: string | undefined): void;
}

type ModuleWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

// Its real folder: reached through a link (npm's bin links, --preserve-symlinks-main), the core is beside the target.
const BIN = dirname(realPath(fileURLToPath(import.meta.url)));

/** realpath(3), one system call; Node's own walk where that fails (musl without /proc). */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return realpathSync(path);
  }
}

function loadCore(directory: string | undefined): Core {
  const enableCompileCache = (Module as { enableCompileCache?: (directory?: string) => unknown }).enableCompileCache;
  // Node's own compile cache checksums its entries; connect-audit's folder checks still apply.
  if (directory === undefined || typeof enableCompileCache === 'function') {
    if (directory !== undefined) enableCompileCache?.(directory);
    return Module.createRequire(join(BIN, 'connect-audit-core.cjs'))('./connect-audit-core.cjs') as Core;
  }
  guardAgainstDamagedCode(directory);
  // The core's cached code holds the functions the runs that wrote it called: a run that
  // used a part of the CLI they did not (another command or report format, a parser beside
  // the core for YAML or JavaScript) calls others, and rewrites it.
  const parsers = new Set<string>();
  const codePaths = (): readonly string[] => [...core.codePathsUsed(), ...[...parsers].map((name) => `parser:${name}`)];
  // V8 refuses code cached under other flags: a run that changed them (a big scan) writes none.
  // Nor does a run that parsed a threat model (src/util/code-paths.ts): the next runs take its policy from the cache.
  const keepsNoCode = (): boolean => core.v8FlagsChanged() || core.isUnusualRun();
  const core = loadWithCodeCache(directory, 'connect-audit-core.cjs', keepsNoCode, codePaths, runKind(process.argv.slice(2))) as Core;
  core.setBesideLoader((name) => {
    parsers.add(name);
    return loadWithCodeCache(directory, name, () => core.v8FlagsChanged());
  });
  return core;
}

/**
 * Release builds of V8 do not checksum cached code: a damaged entry (a torn write, a bad
 * disk) that passes V8's header checks can abort the process, and would abort every later
 * run. So a run marks that it is using this build's cached code and unmarks at exit; a run
 * that finds a mark left behind by a crash drops the entries and compiles afresh. A mark is
 * a crash's when its process is gone, when it carries this run's own process id (in a
 * container every run may be pid 1), or when it is older than any run; the mark of a process
 * still running is a concurrent run's (pre-commit starts one per batch of files), and the
 * entries stay. (A crashed run's id taken by an unrelated process delays the cleanup to the
 * run after: the crashing run leaves its own mark.)
 */
function guardAgainstDamagedCode(directory: string): void {
  const prefix = `v8-${__CONNECT_AUDIT_BUILD__}`;
  const marks = `${prefix}.running-`;
  const mark = join(directory, `${marks}${process.pid}`);
  try {
    const names = readdirSync(directory);
    const crashed = names.some((name) => name.startsWith(marks) && leftByCrash(join(directory, name), Number(name.slice(marks.length))));
    if (crashed) {
      for (const name of names) {
        try {
          if (name.startsWith(prefix)) unlinkSync(join(directory, name));
        } catch {
          // removed meanwhile by a concurrent run that found the same crash
        }
      }
    }
    closeSync(openSync(mark, 'wx', 0o600));
    process.once('exit', () => {
      try {
        unlinkSync(mark);
      } catch {
        // removed by a concurrent run that took it for a crashed one
      }
    });
  } catch {
    // the folder cannot be listed or written: the entries are read as they are
  }
}

/** No run takes this long: a mark this old was left behind, whoever has its process id now. */
const MAX_RUN_MS = 60 * 60 * 1000;

function leftByCrash(path: string, pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return true;
  try {
    if (Date.now() - statSync(path).mtimeMs > MAX_RUN_MS) return true;
  } catch {
    return false; // removed meanwhile: its run has ended
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM'; // EPERM: alive, another user's
  }
}

/**
 * The CommonJS module `name` of bin/, compiled as Node would, with the code V8 compiled for
 * it last time. An entry is V8's cached data behind a header naming the code paths of the
 * runs it holds (src/util/code-paths.ts): one file, written whole by one rename, so the list
 * always describes the code beside it. The core has an entry per kind of run (src/cli/run-kind.ts).
 */
function loadWithCodeCache(directory: string, name: string, keepsNoCode: () => boolean, codePaths?: () => readonly string[], kind?: string): unknown {
  const file = join(BIN, name);
  const entry = `v8-${__CONNECT_AUDIT_BUILD__}-${name.replace(/\.cjs$/, '')}${kind === undefined ? '' : `-${kind}`}-${process.version}-${process.arch}${nodeFlagsTag()}.bin`;
  const cached = decodeEntry(readCacheEntry(directory, entry));
  // Latin-1: bin/ is pure ASCII (test/bundle.test.ts), and V8 takes it as is, with no UTF-8 decoding of 700 KiB.
  const script = new Script(Module.wrap(readFileSync(file, 'latin1')), { filename: file, ...(cached ? { cachedData: cached.code } : {}) });
  const module = { exports: {} };
  (script.runInThisContext() as ModuleWrapper).call(module.exports, module.exports, Module.createRequire(file), module, file, BIN);
  const covered = cached === undefined || script.cachedDataRejected === true ? undefined : cached.covers;
  // Written at exit, so that it holds every function this run compiled, not only the top level.
  process.once('exit', () => {
    if (keepsNoCode()) return;
    const used = codePaths?.() ?? [];
    if (covered !== undefined && used.every((path) => covered.includes(path))) return;
    writeCacheEntry(directory, entry, encodeEntry([...new Set([...(covered ?? []), ...used])].sort(), script.createCachedData()));
  });
  return module.exports;
}

/**
 * Node's flags for this run (its command line and NODE_OPTIONS), as a part of an entry's
 * name: V8 refuses code cached under other V8 flags, so runs with and without, say,
 * `NODE_OPTIONS=--max-lazy` (an IDE's hook and a terminal) would each throw away and rewrite
 * the other's entry. Empty without flags (FNV-1a: a name, not a secret).
 */
function nodeFlagsTag(): string {
  const flags = `${process.execArgv.join(' ')}\u0000${process.env.NODE_OPTIONS ?? ''}`;
  if (flags === '\u0000') return '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) hash = Math.imul(hash ^ flags.charCodeAt(i), 0x01000193) >>> 0;
  return `-flags-${hash.toString(16).padStart(8, '0')}`;
}

/** An entry: the length of the code-path list (4 bytes, little-endian), the list (ASCII, comma-separated), V8's data. */
function encodeEntry(covers: readonly string[], code: Buffer): Buffer {
  const list = Buffer.from(covers.join(','), 'latin1');
  const header = Buffer.alloc(4);
  header.writeUInt32LE(list.length);
  return Buffer.concat([header, list, code]);
}

function decodeEntry(data: Buffer | undefined): { covers: readonly string[]; code: Buffer } | undefined {
  if (data === undefined || data.length < 4) return undefined;
  const length = data.readUInt32LE(0);
  if (4 + length > data.length) return undefined;
  const list = data.toString('latin1', 4, 4 + length);
  return { covers: list === '' ? [] : list.split(','), code: data.subarray(4 + length) };
}

const directory = usableCacheDirectory();
const core = loadCore(directory);
core.rememberUsableCacheDirectory(directory);
core.main();
