import { loadPolicy } from '../threat-model/load.js';
import type { Policy } from '../threat-model/policy.js';
import { policyFromSnapshot, policyToSnapshot, type PolicySnapshot } from '../threat-model/snapshot.js';
import { readCacheEntry, usableCacheDirectory, writeCacheEntry } from '../util/cache.js';
import { sha256Hex } from '../util/hash.js';

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
  const build = typeof __CONNECT_AUDIT_BUILD__ === 'string' ? __CONNECT_AUDIT_BUILD__ : undefined;
  const directory = build === undefined ? undefined : usableCacheDirectory(env);
  if (directory === undefined) return loadPolicy(text, path);
  const name = `policy-${sha256Hex(`${build}\u0000${location}`).slice(0, 32)}.json`;
  const cached = readCacheEntry(directory, name);
  if (cached !== undefined) {
    try {
      const entry = JSON.parse(cached.toString('utf8')) as PolicyEntry;
      if (entry.text === text) return policyFromSnapshot(entry.snapshot, path);
    } catch {
      // unreadable entry: parse the Markdown, and replace it
    }
  }
  const policy = loadPolicy(text, path);
  const entry: PolicyEntry = { text, snapshot: policyToSnapshot(policy) };
  writeCacheEntry(directory, name, JSON.stringify(entry));
  return policy;
}
