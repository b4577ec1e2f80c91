#!/usr/bin/env node
// Runs after tsc (`npm run compile`): reads the shipped THREAT_MODEL.md with the compiled
// policy loader and writes dist/src/scan/builtin-policy.json, so that a scan judged by the
// built-in threat model never loads the YAML parser (docs/performance.md). The snapshot
// carries the Markdown's sha256; at run time a mismatch means "read the Markdown".
// It never fails the build: without a snapshot a scan is only slower.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinPolicySnapshotWith } from './builtin-snapshot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'src', 'scan', 'builtin-policy.json');
const load = (path) => import(pathToFileURL(join(root, 'dist', path)).href);

try {
  const loader = { ...(await load('src/threat-model/load.js')), ...(await load('src/threat-model/snapshot.js')) };
  writeFileSync(out, `${JSON.stringify(builtinPolicySnapshotWith(loader, root))}\n`);
} catch (error) {
  rmSync(out, { force: true });
  console.warn(`precompile-threat-model: no snapshot of THREAT_MODEL.md (${error instanceof Error ? error.message : error}); scans will read the Markdown`);
}
