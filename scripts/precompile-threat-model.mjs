#!/usr/bin/env node
// Runs after tsc (`npm run compile`): reads the shipped THREAT_MODEL.md with the compiled
// policy loader and writes dist/src/scan/builtin-policy.json, so that a scan judged by the
// built-in threat model never loads the YAML parser (docs/performance.md). The snapshot
// carries the Markdown's sha256; at run time a mismatch means "read the Markdown".
// It never fails the build: without a snapshot a scan is only slower.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'src', 'scan', 'builtin-policy.json');
const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);

try {
  const { loadPolicy } = await load('src/threat-model/load.js');
  const { policyToSnapshot, policyFromSnapshot } = await load('src/threat-model/snapshot.js');
  const policy = loadPolicy(readFileSync(join(root, 'THREAT_MODEL.md'), 'utf8'), '<built-in>');
  const snapshot = policyToSnapshot(policy);
  // The snapshot must read back as the same policy, or it is not written.
  if (policyToSnapshot(policyFromSnapshot(snapshot, policy.path)).json !== snapshot.json) throw new Error('the snapshot does not read back as the same policy');
  writeFileSync(out, `${JSON.stringify(snapshot)}\n`);
} catch (error) {
  rmSync(out, { force: true });
  console.warn(`precompile-threat-model: no snapshot of THREAT_MODEL.md (${error instanceof Error ? error.message : error}); scans will read the Markdown`);
}
