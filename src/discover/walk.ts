import { constants, fstatSync, lstatSync, openSync, readSync, closeSync, readdirSync, realpathSync, statSync, existsSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep, dirname } from 'node:path';
import type { InputKind } from '../model/build.js';
import { compareStrings } from '../util/compare.js';
import { compileGlob, type Glob } from '../util/glob.js';
import { toPosix } from '../util/paths.js';
import { IgnoreList } from './ignore.js';
import { sniffKind } from './sniff.js';

export interface DiscoveredFile {
  readonly absolutePath: string;
  /** Relative to the scan root, `/`-separated: what THREAT_MODEL.md globs name. */
  readonly rootPath: string;
  /** Relative to the current directory, `/`-separated: what reports print. */
  readonly displayPath: string;
  readonly kind: InputKind;
  readonly size: number;
}

/** Something discovery passed over that the user should hear about (not an error). */
export interface DiscoveryNotice {
  readonly path: string;
  readonly message: string;
}

export interface Discovery {
  readonly root: string;
  readonly files: DiscoveredFile[];
  readonly notices: DiscoveryNotice[];
  /**
   * What could not be read, and so fails the scan (fail closed): paths named on the command
   * line that do not exist, and files and folders met on the way that cannot be read.
   */
  readonly missing: DiscoveryNotice[];
}

export interface DiscoverOptions {
  readonly cwd: string;
  readonly exclude: readonly string[];
  /** Apply .gitignore files (default true). */
  readonly gitignore?: boolean;
  /** Force the scan root (it must hold every path); by default it is derived from the paths. */
  readonly root?: string;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);
const SNIFF_BYTES = 64 * 1024;
/**
 * A file whose first 64 KiB do not tell is read further, up to the scanner's size cap: a
 * connector config padded with 64 KiB of blanks must not slip past the scan.
 */
const FULL_SNIFF_BYTES = 16 * 1024 * 1024;
/** Extensions recognised by content, so worth reading whole when their head does not tell. */
const CONTENT_SNIFFED = new Set(['json', 'yaml', 'yml', 'conf', 'config', 'cfg', '']);
/** Candidates larger than the cap are inputs still (the scan reports them as too large), never silently skipped. */
const KIND_BY_EXTENSION: Readonly<Record<string, InputKind>> = { properties: 'properties', json: 'json', yaml: 'yaml', yml: 'yaml' };
/** Extensions that may be an input: a file of one of them that cannot be read fails the scan. */
const CANDIDATE_EXTENSIONS = new Set(['properties', 'json', 'yaml', 'yml', 'conf', 'config', 'cfg', '']);
/** A .gitignore larger than this is not applied (the scan then reads more, never less). */
const MAX_IGNORE_BYTES = 1024 * 1024;

/**
 * Walks the paths given on the command line. The scan root is the folder named when one
 * folder is given, else the current directory, else the deepest folder holding every
 * path. Nothing outside the root is read: symbolic links that lead out are skipped.
 */
export function discover(paths: readonly string[], options: DiscoverOptions): Discovery {
  const targets = (paths.length === 0 ? ['.'] : paths).map((path) => resolve(options.cwd, path));
  const root = options.root !== undefined ? resolve(options.cwd, options.root) : scanRoot(targets, options.cwd);
  const realRoot = safeRealpath(root) ?? root;
  const excludes: Glob[] = options.exclude.map((pattern) => compileGlob(pattern));
  const files: DiscoveredFile[] = [];
  const notices: DiscoveryNotice[] = [];
  const missing: DiscoveryNotice[] = [];
  const seenFiles = new Set<string>();
  const visitedDirectories = new Set<string>();
  const useGitignore = options.gitignore ?? true;

  const display = (absolute: string): string => toPosix(relative(options.cwd, absolute)) || '.';
  const rootPathOf = (absolute: string): string => toPosix(relative(root, absolute));
  const excluded = (absolute: string): boolean => {
    const path = rootPathOf(absolute);
    return excludes.some((glob) => glob.matches(path) || glob.matches(display(absolute)));
  };

  const addFile = (absolute: string, stats: Stats, explicit: boolean): void => {
    const real = safeRealpath(absolute);
    if (!real || !isInside(real, realRoot)) {
      notices.push({ path: display(absolute), message: 'skipped: a symbolic link that leads outside the scan root' });
      return;
    }
    if (seenFiles.has(real)) return;
    const name = absolute.slice(absolute.lastIndexOf(sep) + 1);
    const extension = extensionOf(name);
    let kind: InputKind | undefined;
    try {
      const head = readHead(absolute, SNIFF_BYTES);
      kind = sniffKind(name, head) ?? sniffWide(name, head);
      if (!kind && stats.size > SNIFF_BYTES && CONTENT_SNIFFED.has(extension)) {
        kind = stats.size > FULL_SNIFF_BYTES ? KIND_BY_EXTENSION[extension] : sniffKind(name, readHead(absolute, FULL_SNIFF_BYTES));
      }
    } catch (error) {
      if (error instanceof NotRegularFile) {
        if (explicit) missing.push({ path: display(absolute), message: 'not a regular file or folder; not read' });
      } else if (explicit || CANDIDATE_EXTENSIONS.has(extension)) {
        missing.push({ path: display(absolute), message: `cannot read (${errorCode(error)})` });
      }
      return;
    }
    if (!kind) {
      if (explicit) notices.push({ path: display(absolute), message: 'skipped: not a Kafka or Kafka Connect configuration' });
      return;
    }
    seenFiles.add(real);
    files.push({ absolutePath: absolute, rootPath: rootPathOf(absolute), displayPath: display(absolute), kind, size: stats.size });
  };

  const walk = (directory: string, ignores: readonly { base: string; list: IgnoreList }[]): void => {
    const real = safeRealpath(directory);
    if (!real || !isInside(real, realRoot)) {
      notices.push({ path: display(directory), message: 'skipped: a symbolic link that leads outside the scan root' });
      return;
    }
    if (visitedDirectories.has(real)) return; // a link loop, or a folder reached twice
    visitedDirectories.add(real);
    let names: string[];
    try {
      names = readdirSync(directory).sort(compareStrings);
    } catch (error) {
      // Configs may be in there: a folder that cannot be read fails the scan.
      missing.push({ path: display(directory), message: `cannot read folder (${errorCode(error)})` });
      return;
    }
    let scoped = ignores;
    if (useGitignore && names.includes('.gitignore')) {
      const list = readIgnoreFile(join(directory, '.gitignore'), realRoot);
      if (list) scoped = [...ignores, { base: directory, list }];
    }
    for (const name of names) {
      if (ALWAYS_SKIPPED.has(name)) continue;
      const absolute = join(directory, name);
      let stats: Stats;
      try {
        stats = lstatSync(absolute);
      } catch (error) {
        missing.push({ path: display(absolute), message: `cannot read (${errorCode(error)})` });
        continue;
      }
      if (stats.isSymbolicLink()) {
        try {
          stats = statSync(absolute);
        } catch (error) {
          const code = errorCode(error);
          if (code === 'ELOOP' || code === 'ENOENT') notices.push({ path: display(absolute), message: `skipped: ${code === 'ELOOP' ? 'a symbolic link loop' : 'a broken symbolic link'}` });
          else missing.push({ path: display(absolute), message: `cannot read (${code})` });
          continue;
        }
      }
      const isDirectory = stats.isDirectory();
      if (isIgnored(absolute, isDirectory, scoped) || excluded(absolute)) continue;
      if (isDirectory) walk(absolute, scoped);
      else if (stats.isFile()) addFile(absolute, stats, false);
    }
  };

  for (const target of targets) {
    let stats: Stats;
    try {
      stats = statSync(target);
    } catch {
      missing.push({ path: display(target), message: existsSync(target) ? 'cannot be read' : 'no such file or folder' });
      continue;
    }
    if (stats.isDirectory()) walk(target, rootIgnores(root, realRoot, target, useGitignore));
    else if (!stats.isFile()) missing.push({ path: display(target), message: 'not a regular file or folder; not read' });
    else if (!excluded(target)) addFile(target, stats, true);
  }
  files.sort((a, b) => compareStrings(a.displayPath, b.displayPath));
  return { root, files, notices, missing };
}

function scanRoot(targets: readonly string[], cwd: string): string {
  const directories = targets.map((target) => (isDirectorySafe(target) ? target : dirname(target)));
  if (targets.length === 1 && isDirectorySafe(targets[0]!)) return targets[0]!;
  if (directories.every((directory) => isInside(directory, cwd))) return cwd;
  let common = directories[0] ?? cwd;
  while (!directories.every((directory) => isInside(directory, common))) common = dirname(common);
  return common;
}

/** The .gitignore files between the scan root and a folder named inside it. */
function rootIgnores(root: string, realRoot: string, target: string, enabled: boolean): { base: string; list: IgnoreList }[] {
  if (!enabled || !isInside(target, root)) return [];
  const out: { base: string; list: IgnoreList }[] = [];
  let directory = root;
  const steps = relative(root, target).split(sep).filter(Boolean);
  for (let i = 0; i < steps.length; i++) {
    const list = readIgnoreFile(join(directory, '.gitignore'), realRoot);
    if (list) out.push({ base: directory, list });
    directory = join(directory, steps[i]!);
  }
  return out;
}

/**
 * A .gitignore, read only when it is a regular file inside the scan root (a link to a file
 * elsewhere is never followed) and not over MAX_IGNORE_BYTES; otherwise none.
 */
function readIgnoreFile(path: string, realRoot: string): IgnoreList | undefined {
  const read = readInsideRoot(path, realRoot, MAX_IGNORE_BYTES);
  return 'text' in read ? IgnoreList.parse(read.text) : undefined; // unreadable, too large or not a file: it ignores nothing
}

/**
 * A file at the scan root that configures the scan (THREAT_MODEL.md): its text when it is a
 * regular file inside the root and not over `limit` bytes, else why it is not read. A link
 * out of the root is never followed; a FIFO or device is never opened for a blocking read.
 */
export function readRootFile(path: string, root: string, limit: number): { text: string } | { refused: string; unreadable?: true } {
  return readInsideRoot(path, safeRealpath(root) ?? root, limit);
}

function readInsideRoot(path: string, realRoot: string, limit: number): { text: string } | { refused: string; unreadable?: true } {
  const real = safeRealpath(path);
  if (!real) return { refused: 'a broken symbolic link' };
  if (!isInside(real, realRoot)) return { refused: 'a symbolic link that leads outside the scan root' };
  try {
    return { text: readHead(path, limit, true).toString('utf8') };
  } catch (error) {
    if (error instanceof NotRegularFile) return { refused: 'not a regular file', unreadable: true };
    if (error instanceof TooLarge) return { refused: `larger than ${limit / 1024 / 1024} MiB`, unreadable: true };
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return { refused: `cannot read (${code})`, unreadable: true };
    throw error;
  }
}

function isIgnored(absolute: string, isDirectory: boolean, ignores: readonly { base: string; list: IgnoreList }[]): boolean {
  let verdict = false;
  for (const { base, list } of ignores) {
    const said = list.verdict(toPosix(relative(base, absolute)), isDirectory);
    if (said !== undefined) verdict = said;
  }
  return verdict;
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function isDirectorySafe(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

class NotRegularFile extends Error {}
class TooLarge extends Error {}

/**
 * The first `limit` bytes of a regular file, as Latin-1 (a Buffer with `asBuffer`). Opened
 * non-blocking and checked after opening, so a FIFO or device swapped in never blocks the
 * scan. Throws NotRegularFile, TooLarge (with `whole`) or the system error.
 */
function readHead(path: string, limit: number): string;
function readHead(path: string, limit: number, whole: true): Buffer;
function readHead(path: string, limit: number, whole = false): string | Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFile();
    if (whole && stats.size > limit) throw new TooLarge();
    const buffer = Buffer.alloc(Math.min(stats.size, limit));
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    const bytes = buffer.subarray(0, filled);
    return whole ? bytes : bytes.toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * A UTF-16 or UTF-32 file (Kafka Connect's JSON reader accepts them) has a NUL beside every
 * ASCII character, which hides its words from sniffKind: look again without them, so that
 * such a file is read (and reported as not UTF-8) instead of silently passed over.
 */
function sniffWide(name: string, head: string): InputKind | undefined {
  if (!head.includes('\u0000')) return undefined;
  const kind = sniffKind(name, head.replace(/\u0000/g, ''));
  return kind === 'json' || kind === 'yaml' ? kind : undefined;
}

function extensionOf(name: string): string {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  return dot === -1 ? '' : lower.slice(dot + 1);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'error';
}
