// The shipped THREAT_MODEL.md as a policy snapshot (src/threat-model/snapshot.ts), made with
// the given loader functions: dist/'s compiled ones (precompile-threat-model.mjs) or src/
// bundled on the fly (bundle.mjs). The snapshot must read back as the same policy, or none
// is made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function builtinPolicySnapshotWith({ loadPolicy, policyToSnapshot, policyFromSnapshot }, root) {
  const policy = loadPolicy(readFileSync(join(root, 'THREAT_MODEL.md'), 'utf8'), '<built-in>');
  const snapshot = policyToSnapshot(policy);
  if (policyToSnapshot(policyFromSnapshot(snapshot, policy.path)).json !== snapshot.json) throw new Error('the snapshot does not read back as the same policy');
  return snapshot;
}
