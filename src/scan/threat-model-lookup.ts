import { existsSync, readFileSync } from 'node:fs';
import { readRootFile, type DiscoveryNotice } from '../discover/walk.js';
import { join, relative, resolve } from 'node:path';
import { hasPolicyBlocks, loadPolicy, PolicyError } from '../threat-model/load.js';
import type { Policy } from '../threat-model/policy.js';
import { toPosix } from '../util/paths.js';
import { cachedPolicy, loadAndCachePolicy, loadPolicyCached } from './policy-cache.js';
import { noteCodePath } from '../util/code-paths.js';
import { BUILTIN_THREAT_MODEL, builtinThreatModelText, precompiledBuiltinPolicy } from './builtin-policy.js';

export { BUILTIN_THREAT_MODEL };

/** A threat model larger than this is not a threat model. */
const MAX_THREAT_MODEL_BYTES = 4 * 1024 * 1024;

/**
 * `--threat-model FILE`, else a THREAT_MODEL.md with policy blocks at the scan root,
 * else the one shipped with connect-audit. Throws PolicyError for a malformed model.
 * The root's THREAT_MODEL.md is read as scanned files are: not through a link out of the
 * root, and only when it is a regular file; otherwise a notice says why it was passed over.
 */
export function lookupPolicy(explicit: string | undefined, root: string, cwd: string, notices: DiscoveryNotice[] = []): Policy {
  noteCodePath('threat-model:file');
  if (explicit !== undefined) {
    const text = readFileSync(explicit, 'utf8');
    return loadPolicyCached(text, toPosix(relative(cwd, explicit)) || explicit, resolve(cwd, explicit));
  }
  const candidate = join(root, 'THREAT_MODEL.md');
  if (existsSync(candidate)) {
    const read = readRootFile(candidate, root, MAX_THREAT_MODEL_BYTES);
    const display = toPosix(relative(cwd, candidate)) || candidate;
    // A link out of the root is passed over, as discovery passes over such links; a threat
    // model that is there but cannot be read fails the scan (exit 2) rather than judge by another.
    if ('refused' in read && read.unreadable) throw new PolicyError(display, 1, 1, `the threat model cannot be read: ${read.refused}`);
    if ('refused' in read) notices.push({ path: display, message: `not read (${read.refused}); the built-in threat model applies` });
    else {
      const policy = cachedPolicy(read.text, display, candidate) ?? (hasPolicyBlocks(read.text) ? loadAndCachePolicy(read.text, display, candidate) : undefined);
      if (policy) return policy;
    }
  }
  return builtinPolicy();
}

let builtin: Policy | undefined;

export function builtinPolicy(): Policy {
  builtin ??= precompiledBuiltinPolicy() ?? loadPolicy(builtinThreatModelText(), BUILTIN_THREAT_MODEL);
  return builtin;
}
