import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, unlinkSync, writeFileSync, constants } from 'node:fs';
import { join } from 'node:path';

/**
 * connect-audit's cache: what a previous run computed from connect-audit's own code (V8's
 * compiled bytecode of the bundle) or from a THREAT_MODEL.md (its parsed policy), so that the
 * next run does not compute it again. A pre-commit hook starts a process per commit, and these
 * two are most of its start-up (docs/performance.md). Never anything read from a scanned file
 * other than that policy, always keyed by what it was computed from, and only in a folder of
 * the current user that nobody else can write to: a cache entry that fails any check is not
 * read. Every failure to read or write is silent: the run computes instead.
 *
 * Where: $CONNECT_AUDIT_CACHE_DIR, else the platform's per-user cache folder. Off when
 * CONNECT_AUDIT_NO_CACHE is set (to anything but an empty string) or no such folder is known.
 */
export function cacheDirectory(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.CONNECT_AUDIT_NO_CACHE) return undefined;
  if (env.CONNECT_AUDIT_CACHE_DIR) return env.CONNECT_AUDIT_CACHE_DIR;
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'connect-audit', 'Cache') : undefined;
  if (!env.HOME) return undefined;
  if (platform === 'darwin') return join(env.HOME, 'Library', 'Caches', 'connect-audit');
  return join(env.XDG_CACHE_HOME || join(env.HOME, '.cache'), 'connect-audit');
}

/** Larger entries are not read: neither a policy nor the bundle's bytecode comes near. */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

/**
 * The entry `name` of the cache folder, or undefined when there is none, or it is not a
 * regular file of the current user that only that user can write (on POSIX; a link is not
 * followed), or cannot be read.
 */
export function readCacheEntry(directory: string, name: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(join(directory, name), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_ENTRY_BYTES || !ownedByUs(stats) || !ownedByUs(lstatSync(directory))) return undefined;
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
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    if (!ownedByUs(lstatSync(directory))) return false;
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

/**
 * Entries are written only when missing (a new build, a new or edited threat model), so the
 * folder would keep every build's compiled bundle (~500 KiB each). Whatever was not written
 * for 30 days goes; an entry still in use is written again on its next run.
 */
function pruneCache(directory: string): void {
  const before = Date.now() - MAX_ENTRY_AGE_MS;
  for (const name of readdirSync(directory)) {
    if (!/^(?:\.?policy-|\.?v8-)/.test(name)) continue;
    const path = join(directory, name);
    const stats = lstatSync(path);
    if (stats.isFile() && stats.mtimeMs < before && ownedByUs(stats)) unlinkSync(path);
  }
}

/** POSIX: owned by this process's user and writable by nobody else. Windows has no such bits. */
function ownedByUs(stats: { uid: number; mode: number }): boolean {
  if (typeof process.getuid !== 'function') return true;
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}
