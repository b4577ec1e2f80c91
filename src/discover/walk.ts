import { lstatSync, openSync, readSync, closeSync, readdirSync, realpathSync, statSync, existsSync, readFileSync, type Stats } from 'node:fs';
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
  /** Paths named on the command line that do not exist or cannot be read. */
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
    const kind = sniffKind(name, readHead(absolute, stats.size));
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
      notices.push({ path: display(directory), message: `skipped: cannot read folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    let scoped = ignores;
    if (useGitignore && names.includes('.gitignore')) {
      try {
        scoped = [...ignores, { base: directory, list: IgnoreList.parse(readFileSync(join(directory, '.gitignore'), 'utf8')) }];
      } catch {
        // an unreadable .gitignore ignores nothing
      }
    }
    for (const name of names) {
      if (ALWAYS_SKIPPED.has(name)) continue;
      const absolute = join(directory, name);
      let stats: Stats;
      try {
        stats = lstatSync(absolute);
        if (stats.isSymbolicLink()) stats = statSync(absolute);
      } catch {
        notices.push({ path: display(absolute), message: 'skipped: a broken symbolic link or unreadable entry' });
        continue;
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
    if (stats.isDirectory()) walk(target, rootIgnores(root, target, useGitignore));
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
function rootIgnores(root: string, target: string, enabled: boolean): { base: string; list: IgnoreList }[] {
  if (!enabled || !isInside(target, root)) return [];
  const out: { base: string; list: IgnoreList }[] = [];
  let directory = root;
  const steps = relative(root, target).split(sep).filter(Boolean);
  for (let i = 0; i <= steps.length; i++) {
    try {
      if (i < steps.length) out.push({ base: directory, list: IgnoreList.parse(readFileSync(join(directory, '.gitignore'), 'utf8')) });
    } catch {
      // no .gitignore here
    }
    if (i < steps.length) directory = join(directory, steps[i]!);
  }
  return out;
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

function readHead(path: string, size: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
