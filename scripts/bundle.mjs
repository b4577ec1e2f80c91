#!/usr/bin/env node
// Bundles the CLI into one self-contained file, bin/connect-audit.mjs, that the pre-commit
// hook and the GitHub Action run as committed: no install step, no build on the user's
// machine (a `language: node` hook repo must not build in npm lifecycle scripts; see
// docs/pre-commit.md). The output is deterministic: same sources, same esbuild (pinned),
// same bytes. `--check` rebuilds in memory and fails when the committed file differs
// (test/bundle.test.ts runs it).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'bin', 'connect-audit.mjs');

// The entry point's own `#!/usr/bin/env node` line is kept first by esbuild.
const BANNER = [
  '// connect-audit, bundled by scripts/bundle.mjs from src/ and rules/ with esbuild. Do not edit:',
  '// run `node scripts/bundle.mjs` after changing the sources (test/bundle.test.ts checks it).',
  "import { createRequire as __connectAuditCreateRequire } from 'node:module';",
  'const require = __connectAuditCreateRequire(import.meta.url);',
].join('\n');

/**
 * The shipped THREAT_MODEL.md read by the policy loader of src/, as the snapshot JSON that
 * scripts/precompile-threat-model.mjs writes for dist/: embedded in the bundle, so that a
 * scan under the built-in threat model never loads the YAML parser or parses the Markdown.
 */
async function builtinPolicySnapshot(esbuild) {
  const entry = [
    "export { loadPolicy } from './src/threat-model/load.ts';",
    "export { policyToSnapshot, policyFromSnapshot } from './src/threat-model/snapshot.ts';",
  ].join('\n');
  const built = await esbuild.build({
    absWorkingDir: ROOT,
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'snapshot-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const directory = mkdtempSync(join(tmpdir(), 'connect-audit-bundle-'));
  let loaded;
  try {
    const module = join(directory, 'policy-loader.mjs');
    writeFileSync(module, built.outputFiles[0].text);
    loaded = await import(pathToFileURL(module).href);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const { loadPolicy, policyToSnapshot, policyFromSnapshot } = loaded;
  const policy = loadPolicy(readFileSync(join(ROOT, 'THREAT_MODEL.md'), 'utf8'), '<built-in>');
  const snapshot = policyToSnapshot(policy);
  // The snapshot must read back as the same policy, or the bundle is not built.
  if (policyToSnapshot(policyFromSnapshot(snapshot, policy.path)).json !== snapshot.json) throw new Error('the built-in policy snapshot does not read back as the same policy');
  return JSON.stringify(snapshot);
}

/**
 * commander requires node:child_process for executable subcommands, which connect-audit
 * never uses (every command runs in-process). In the bundle it gets an empty module: the
 * shipped CLI cannot start a process at all, and does not pay for loading the module.
 */
const noChildProcess = {
  name: 'no-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'connect-audit-empty' }));
    build.onLoad({ filter: /.*/, namespace: 'connect-audit-empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** The bundle's text, built in memory. */
export async function buildBundle() {
  const esbuild = await import('esbuild');
  const snapshot = await builtinPolicySnapshot(esbuild);
  const result = await esbuild.build({
    // The built-in policy snapshot, and a flag telling src/scan/threads.ts that worker threads run this file.
    define: { __CONNECT_AUDIT_BUILTIN_POLICY__: JSON.stringify(snapshot), __CONNECT_AUDIT_BUNDLE__: 'true' },
    plugins: [noChildProcess],
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: BUNDLE,
    banner: { js: BANNER },
    // Paths in the output's comments stay `node_modules/…` even when node_modules is a link.
    preserveSymlinks: true,
    legalComments: 'eof',
    charset: 'utf8',
    sourcemap: false,
    minify: false,
    metafile: false,
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.text).join('\n'));
  return result.outputFiles[0].text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await buildBundle();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(BUNDLE, 'utf8');
    } catch {
      // missing
    }
    if (current !== text) {
      console.error('bin/connect-audit.mjs is not up to date with the sources: run `node scripts/bundle.mjs` and commit it');
      process.exit(1);
    }
    console.log('bin/connect-audit.mjs is up to date');
  } else {
    mkdirSync(dirname(BUNDLE), { recursive: true });
    writeFileSync(BUNDLE, text, { mode: 0o755 });
    console.log(`wrote bin/connect-audit.mjs (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
  }
}
