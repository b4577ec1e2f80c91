#!/usr/bin/env node
// Bundles the CLI into one self-contained file, bin/connect-audit.mjs, that the pre-commit
// hook and the GitHub Action run as committed: no install step, no build on the user's
// machine (a `language: node` hook repo must not build in npm lifecycle scripts; see
// docs/pre-commit.md). The output is deterministic: same sources, same esbuild (pinned),
// same bytes. `--check` rebuilds in memory and fails when the committed file differs
// (test/bundle.test.ts runs it).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'bin', 'connect-audit.mjs');

// The entry point's own `#!/usr/bin/env node` line is kept first by esbuild.
const BANNER = [
  '// connect-audit, bundled by scripts/bundle.mjs from src/ and rules/ with esbuild. Do not edit:',
  '// run `node scripts/bundle.mjs` after changing the sources (test/bundle.test.ts checks it).',
  "import { createRequire as __connectAuditCreateRequire } from 'node:module';",
  'const require = __connectAuditCreateRequire(import.meta.url);',
].join('\n');

/** The bundle's text, built in memory. */
export async function buildBundle() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
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
