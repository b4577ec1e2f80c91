import { compileGlob } from '../util/glob.js';
import type { Policy } from './policy.js';

/**
 * A Policy as JSON, so the built-in THREAT_MODEL.md can be read at build time and a scan
 * need not load the YAML parser to judge by it. Generic on purpose: a field added to
 * Policy travels without a change here; globs and regular expressions are rebuilt from
 * their source; anything else that is not plain data makes `policyToSnapshot` throw.
 */
export interface PolicySnapshot {
  /** The sha256 of the Markdown the policy was read from. */
  readonly sha256: string;
  readonly json: string;
}

export function policyToSnapshot(policy: Policy): PolicySnapshot {
  const json = JSON.stringify(policy, function (this: unknown, key: string, value: unknown) {
    if (value === undefined) return { $undefined: true };
    if (value instanceof RegExp) return { $regex: value.source, flags: value.flags };
    if (isGlob(value)) return { $glob: value.source };
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new Error(`cannot snapshot ${key}: a ${typeof value}`);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) {
      throw new Error(`cannot snapshot ${key}: a ${(value as object).constructor?.name ?? 'non-plain object'}`);
    }
    return value;
  });
  return { sha256: policy.sha256, json };
}

export function policyFromSnapshot(snapshot: PolicySnapshot, path: string): Policy {
  const policy = revive(JSON.parse(snapshot.json) as unknown) as Policy;
  return { ...policy, path };
}

/** Replaces the markers in place, so every key keeps its position (and an undefined stays a key). */
function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (!Array.isArray(value)) {
    if (record.$undefined === true) return undefined;
    if (typeof record.$regex === 'string') return new RegExp(record.$regex, String(record.flags ?? ''));
    if (typeof record.$glob === 'string') return compileGlob(record.$glob);
  }
  for (const key of Object.keys(record)) record[key] = revive(record[key]);
  return value;
}

function isGlob(value: unknown): value is { source: string; matches: (path: string) => boolean } {
  return value !== null && typeof value === 'object' && typeof (value as { matches?: unknown }).matches === 'function' && typeof (value as { source?: unknown }).source === 'string';
}
