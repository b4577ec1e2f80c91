import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, unlinkSync, writeFileSync, constants } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * connect-audit's cache: what a previous run computed from connect-audit's own code (V8's
 * compiled bytecode of the bundle) or from a THREAT_MODEL.md (its parsed policy, kept with the
 * text it was read from), so that the next run does not compute it again. A pre-commit hook
 * starts a process per commit, and these two are most of its start-up (docs/performance.md).
 * Always keyed by what it was computed from, and only in a folder that only the current user
 * can read or write, outside the folder the command runs in: a repository being scanned must
 * not be able to plant an entry (V8 checks cached code only by the length of its source).
 * An entry that fails any check is not read; every failure to read or write is silent: the
 * run computes instead.
 *
 * Where: $CONNECT_AUDIT_CACHE_DIR, else the platform's per-user cache folder; only absolute
 * paths count (as the XDG spec says of $XDG_CACHE_HOME). Off when CONNECT_AUDIT_NO_CACHE is
 * set (to anything but an empty string) or no such folder is known.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.CONNECT_AUDIT_NO_CACHE) return undefined;
  const absolute = (path: string | undefined): string | undefined => (path && isAbsolute(path) ? path : undefined);
  if (env.CONNECT_AUDIT_CACHE_DIR) return absolute(env.CONNECT_AUDIT_CACHE_DIR);
  if (platform === 'win32') return absolute(env.LOCALAPPDATA) && join(env.LOCALAPPDATA!, 'connect-audit', 'Cache');
  const home = absolute(env.HOME);
  if (home === undefined) return undefined;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'connect-audit');
  return join(absolute(env.XDG_CACHE_HOME) ?? join(home, '.cache'), 'connect-audit');
}

const usable = new Map<string, string | undefined>();

/**
 * cacheDirectory, created for the current user only when missing, and only if it is a real
 * folder (not a link) of that user that nobody else can use, and not inside `cwd` (the
 * repository a pre-commit hook or CI job runs in, whose files its author controls) unless
 * `cwd` is the home folder itself, where the default cache folder lives.
 */
export function usableCacheDirectory(env: NodeJS.ProcessEnv = process.env, cwd: string | undefined = workingFolder()): string | undefined {
  const directory = cacheDirectory(env);
  if (directory === undefined || cwd === undefined) return undefined;
  const key = `${directory}\u0000${cwd}`;
  if (!usable.has(key)) usable.set(key, checkedDirectory(directory, cwd, env.HOME));
  return usable.get(key);
}

/**
 * Records what usableCacheDirectory() (this process's environment and working folder) is,
 * as checked by the launcher (src/cli/launcher.ts), which is bundled apart from the code
 * that reads the policy cache: the folder is then checked once a run.
 */
export function rememberUsableCacheDirectory(directory: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd: string | undefined = workingFolder()): void {
  const expected = cacheDirectory(env);
  if (expected !== undefined && cwd !== undefined && (directory === undefined || directory === expected)) usable.set(`${expected}\u0000${cwd}`, directory);
}

/** The working folder; undefined when it was deleted under the process (no cache is used then, and the command says what failed). */
function workingFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function checkedDirectory(directory: string, cwd: string, home: string | undefined): string | undefined {
  try {
    // Decided before anything is created: a folder is never made inside the working folder.
    const working = realpathSync.native(cwd);
    if (isInside(realPathOf(directory), working) && !(home !== undefined && isAbsolute(home) && realPathOf(home) === working)) return undefined;
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stats = lstatSync(directory);
    return stats.isDirectory() && isPrivate(stats) ? directory : undefined;
  } catch {
    return undefined;
  }
}

/** The real path `path` has or will have: its deepest existing folder resolved, links and all. */
function realPathOf(path: string): string {
  let existing = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync.native(existing), ...rest.reverse());
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return path;
      rest.push(basename(existing));
      existing = parent;
    }
  }
}

function isInside(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
}

/** Larger entries are not read: neither a policy nor the bundle's bytecode comes near. */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

/**
 * The entry `name` of a usable cache folder, or undefined when there is none, or it is not a
 * regular file of the current user that only that user can read and write (on POSIX; a link
 * is not followed), or cannot be read.
 */
export function readCacheEntry(directory: string, name: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(join(directory, name), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_ENTRY_BYTES || !isPrivate(stats)) return undefined;
    const buffer = Buffer.allocUnsafe(stats.size);
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) return undefined; // shrank while read: another run is replacing it
      offset += read;
    }
    return buffer;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes the entry whole or not at all (a temporary file renamed over it, so that a
 * concurrent run reads the old entry or the new one, never half of one), creating the
 * folder for the current user only. Returns whether it was written.
 */
export function writeCacheEntry(directory: string, name: string, data: string | Uint8Array): boolean {
  const temporary = join(directory, `.${name}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: 'wx', mode: 0o600 });
    renameSync(temporary, join(directory, name));
    pruneCache(directory);
    return true;
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // not created
    }
    return false;
  }
}

/** An entry not written for this long is removed when another is written. */
const MAX_ENTRY_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const pruned = new Set<string>();

/**
 * Entries are written only when missing (a new build, a new or edited threat model), so the
 * folder would keep every build's compiled bundle (~600 KiB each). Whatever was not written
 * for 30 days goes, an entry still in use too: its next run writes it again (one cold run
 * a month). A file another run removes meanwhile is no failure.
 */
function pruneCache(directory: string): void {
  // Once a run: the code cache writes up to four entries at exit.
  if (pruned.has(directory)) return;
  pruned.add(directory);
  const before = Date.now() - MAX_ENTRY_AGE_MS;
  for (const name of readdirSync(directory)) {
    if (!/^\.?(?:policy|v8)-/.test(name)) continue;
    try {
      const path = join(directory, name);
      const stats = lstatSync(path);
      if (stats.isFile() && stats.mtimeMs < before && isPrivate(stats)) unlinkSync(path);
    } catch {
      // gone already
    }
  }
}

/**
 * POSIX: owned by this process's user, and neither readable nor writable by anyone else (a
 * file from a git checkout is 0644: refused). Windows has no such bits; its folder is per user.
 */
function isPrivate(stats: { uid: number; mode: number }): boolean {
  if (typeof process.getuid !== 'function') return true;
  return stats.uid === process.getuid() && (stats.mode & 0o077) === 0;
}
