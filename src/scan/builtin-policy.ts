import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Policy } from '../threat-model/policy.js';
import type { DiscoveryNotice } from '../discover/walk.js';
import { policyFromSnapshot, type PolicySnapshot } from '../threat-model/snapshot.js';
import { sha256Hex } from '../util/hash.js';
import { packageInfo } from '../util/package-root.js';

export const BUILTIN_THREAT_MODEL = '<built-in>';

/** Written next to the compiled module by scripts/precompile-threat-model.mjs (`npm run compile`). */
const PRECOMPILED = new URL('./builtin-policy.json', import.meta.url);

/** The same snapshot, embedded in bin/connect-audit.cjs by scripts/bundle.mjs (undefined elsewhere). */
declare const __CONNECT_AUDIT_BUILTIN_POLICY__: string | undefined;

let precompiled: Policy | null | undefined;

export function builtinThreatModelText(): string {
  return readFileSync(join(packageInfo().root, 'THREAT_MODEL.md'), 'utf8');
}

/**
 * The built-in policy as read at build time, so that a scan judged by it never loads the
 * YAML parser; undefined when there is none or the shipped THREAT_MODEL.md has changed
 * since (its sha256 differs), and the caller reads the Markdown instead. The bundle's
 * embedded snapshot is its built-in policy as it was built, not checked against the
 * Markdown beside it: reading and hashing 40 KB cost a one-file scan ~3 ms and node:crypto
 * (test/bundle.test.ts fails when the committed bundle is older than THREAT_MODEL.md).
 */
export function precompiledBuiltinPolicy(): Policy | undefined {
  if (precompiled === undefined) {
    precompiled = null;
    try {
      const embedded = typeof __CONNECT_AUDIT_BUILTIN_POLICY__ === 'string' ? __CONNECT_AUDIT_BUILTIN_POLICY__ : undefined;
      const snapshot = JSON.parse(embedded ?? readFileSync(PRECOMPILED, 'utf8')) as PolicySnapshot;
      if (embedded !== undefined || snapshot.sha256 === sha256Hex(builtinThreatModelText())) precompiled = policyFromSnapshot(snapshot, BUILTIN_THREAT_MODEL);
    } catch {
      // no snapshot (running from src/): read the Markdown
    }
  }
  return precompiled ?? undefined;
}

/**
 * lookupPolicy (threat-model-lookup.ts), but the policy loader and its YAML parser are
 * imported only when a THREAT_MODEL.md must actually be read.
 */
export async function resolvePolicy(explicit: string | undefined, root: string, cwd: string, notices?: DiscoveryNotice[]): Promise<Policy> {
  if (explicit === undefined && !existsSync(join(root, 'THREAT_MODEL.md'))) {
    const policy = precompiledBuiltinPolicy();
    if (policy) return policy;
  }
  return (await import('./threat-model-lookup.js')).lookupPolicy(explicit, root, cwd, notices);
}
