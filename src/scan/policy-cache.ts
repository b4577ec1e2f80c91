import { loadPolicy } from '../threat-model/load.js';
import type { Policy } from '../threat-model/policy.js';
import { policyFromSnapshot, policyToSnapshot, type PolicySnapshot } from '../threat-model/snapshot.js';
import { readCacheEntry, usableCacheDirectory, writeCacheEntry } from '../util/cache.js';
import { sha256Hex } from '../util/hash.js';
import { noteUnusualRun } from '../util/code-paths.js';

/**
 * The bundle's build id (scripts/bundle.mjs: a digest of bin/, the core and the parsers);
 * undefined in dist/ and src/, which therefore never cache: a policy cached by other code
 * could differ.
 */
declare const __CONNECT_AUDIT_BUILD__: string | undefined;

/** A cache entry: the Markdown a policy was read from, and the policy. */
interface PolicyEntry {
  readonly text: string;
  readonly snapshot: PolicySnapshot;
}

/**
 * loadPolicy, through connect-audit's cache (src/util/cache.ts) when the CLI bundle runs:
 * a THREAT_MODEL.md this build has read before is not parsed again. Reading the Markdown
 * and its YAML blocks costs ~40 ms, most of a pre-commit run in a repository that has its own
 * threat model. One entry per threat-model file (`location`, an absolute path) and build,
 * used only when it holds this very text: comparing the text costs nothing, where hashing
 * it would load node:crypto. A malformed threat model is never cached (it throws PolicyError
 * each time).
 */
export function loadPolicyCached(text: string, path: string, location: string, env: NodeJS.ProcessEnv = process.env): Policy {
  return cachedPolicy(text, path, location, env) ?? loadAndCachePolicy(text, path, location, env);
}

/**
 * The policy cached for this very text, if any. Only a text that held policy blocks was
 * ever cached (loadPolicy throws on one without), so a hit needs no look for them.
 */
export function cachedPolicy(text: string, path: string, location: string, env: NodeJS.ProcessEnv = process.env): Policy | undefined {
  const entry = entryOf(location, env);
  const cached = entry && readCacheEntry(entry.directory, entry.name);
  if (cached === undefined) return undefined;
  try {
    const parsed = JSON.parse(cached.toString('utf8')) as PolicyEntry;
    return parsed.text === text ? policyFromSnapshot(parsed.snapshot, path) : undefined;
  } catch {
    return undefined; // unreadable entry: the caller parses the Markdown, and replaces it
  }
}

/** loadPolicy, its result kept in the cache for the next run that reads this text. */
export function loadAndCachePolicy(text: string, path: string, location: string, env: NodeJS.ProcessEnv = process.env): Policy {
  noteUnusualRun();
  const policy = loadPolicy(text, path);
  const entry = entryOf(location, env);
  if (entry) writeCacheEntry(entry.directory, entry.name, JSON.stringify({ text, snapshot: policyToSnapshot(policy) } satisfies PolicyEntry));
  return policy;
}

/** Where the entry for the threat model at `location` is; undefined outside the bundle or without a cache. */
function entryOf(location: string, env: NodeJS.ProcessEnv): { directory: string; name: string } | undefined {
  const build = typeof __CONNECT_AUDIT_BUILD__ === 'string' ? __CONNECT_AUDIT_BUILD__ : undefined;
  const directory = build === undefined ? undefined : usableCacheDirectory(env);
  if (directory === undefined) return undefined;
  return { directory, name: `policy-${sha256Hex(`${build}\u0000${location}`).slice(0, 32)}.json` };
}
