import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hasPolicyBlocks, loadPolicy } from '../threat-model/load.js';
import type { Policy } from '../threat-model/policy.js';
import { toPosix } from '../util/paths.js';
import { BUILTIN_THREAT_MODEL, builtinThreatModelText, precompiledBuiltinPolicy } from './builtin-policy.js';

export { BUILTIN_THREAT_MODEL };

/**
 * `--threat-model FILE`, else a THREAT_MODEL.md with policy blocks at the scan root,
 * else the one shipped with connect-audit. Throws PolicyError for a malformed model.
 */
export function lookupPolicy(explicit: string | undefined, root: string, cwd: string): Policy {
  if (explicit !== undefined) {
    const text = readFileSync(explicit, 'utf8');
    return loadPolicy(text, toPosix(relative(cwd, explicit)) || explicit);
  }
  const candidate = join(root, 'THREAT_MODEL.md');
  if (existsSync(candidate)) {
    const text = readFileSync(candidate, 'utf8');
    if (hasPolicyBlocks(text)) return loadPolicy(text, toPosix(relative(cwd, candidate)));
  }
  return builtinPolicy();
}

let builtin: Policy | undefined;

export function builtinPolicy(): Policy {
  builtin ??= precompiledBuiltinPolicy() ?? loadPolicy(builtinThreatModelText(), BUILTIN_THREAT_MODEL);
  return builtin;
}
