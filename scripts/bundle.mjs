#!/usr/bin/env node
// Bundles the CLI into one self-contained file, bin/connect-audit-core.cjs (with the launcher bin/connect-audit.cjs), that the pre-commit
// hook and the GitHub Action run as committed: no install step, no build on the user's
// machine (a `language: node` hook repo must not build in npm lifecycle scripts; see
// docs/pre-commit.md). The output is deterministic: same sources, same esbuild (pinned),
// same bytes. `--check` rebuilds in memory and fails when the committed file differs
// (test/bundle.test.ts runs it).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinPolicySnapshotWith } from './builtin-snapshot.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The command (`bin` of package.json): src/cli/launcher.ts, which loads CORE with V8's code cache. */
export const BUNDLE = join(ROOT, 'bin', 'connect-audit.cjs');
/** The CLI itself: src/cli/main.ts and everything it imports but the two parsers. */
export const CORE = join(ROOT, 'bin', 'connect-audit-core.cjs');
/** @babel/parser beside the bundle (src/parse/babel.ts): the bundle runs without node_modules. */
export const BABEL = join(ROOT, 'bin', 'babel-parser.cjs');

/** bin/babel-parser.cjs: @babel/parser's single-file build (no require of its own), as installed. */
export function buildBabelCopy() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@babel', 'parser', 'package.json'), 'utf8'));
  const source = readFileSync(join(ROOT, 'node_modules', '@babel', 'parser', 'lib', 'index.js'), 'utf8');
  if (/\brequire\(/.test(source)) throw new Error('@babel/parser now requires other modules: bin/babel-parser.cjs would not run alone');
  const header = `// @babel/parser ${manifest.version} (${manifest.license} license, https://github.com/babel/babel), copied by scripts/bundle.mjs\n// from node_modules/@babel/parser/lib/index.js for bin/connect-audit-core.cjs. Do not edit.\n`;
  return header + source;
}

// The entry point's own `#!/usr/bin/env node` line is kept first by esbuild. The bundle is
// CommonJS, not ESM: Node starts an ES module ~9 ms slower (its ESM loader), and an ESM
// bundle loads every built-in module it imports up front, where CommonJS requires each one
// only when the module using it first runs (node:crypto, node:zlib, node:tty, node:v8: ~20 ms
// of a one-file scan; docs/performance.md). `import.meta.url` of the sources is this file's URL.
const BANNER = [
  '// connect-audit, bundled by scripts/bundle.mjs from src/ and rules/ with esbuild. Do not edit:',
  '// run `node scripts/bundle.mjs` after changing the sources (test/bundle.test.ts checks it).',
  "const __connectAuditBundleUrl = require('node:url').pathToFileURL(__filename).href;",
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
    // It runs from a temporary folder: src/parse/yaml-lib.ts requires the installed yaml by its path.
    define: { __CONNECT_AUDIT_YAML__: JSON.stringify(createRequire(join(ROOT, 'package.json')).resolve('yaml')) },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __snapshotCreateRequire } from 'node:module'; const require = __snapshotCreateRequire(import.meta.url);" },
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
  return JSON.stringify(builtinPolicySnapshotWith(loaded, ROOT));
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

/**
 * chalk's terminal detection (its vendored supports-color, which loads node:tty, and through
 * it node:net, and node:os at its top: ~3 ms of a run on a terminal) is replaced by chalk's own
 * browser variant of it, which reads nothing: src/report/colors.ts sets the colour level
 * itself, and the CLI decides whether to colour (src/cli/stdio.ts, src/cli/commands/scan.ts).
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => {
      if (!args.importer.includes(`${sep}chalk${sep}`)) return undefined;
      return { path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js') };
    });
  },
};

/** The yaml package beside the bundle, so that a scan of .properties files never compiles it. */
export const YAML = join(ROOT, 'bin', 'yaml.cjs');

/**
 * What src/ takes from the yaml package (through src/parse/yaml-lib.ts): bin/yaml.cjs holds
 * only these and what they need. The build fails when src/ uses another.
 */
export const YAML_EXPORTS = ['Composer', 'LineCounter', 'Parser', 'isAlias', 'isMap', 'isScalar', 'isSeq', 'parseAllDocuments', 'visit'];

/** The names src/ uses of yamlLib(): `yamlLib().name` and `const { a, b } = yamlLib()`. */
export function yamlNamesUsed() {
  const names = new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/yamlLib\(\)\.(\w+)/g)) names.add(match[1]);
        for (const match of text.matchAll(/\{([^{}]*)\}\s*=\s*yamlLib\(\)/g)) for (const name of match[1].split(',')) names.add(name.trim().split(':')[0].trim());
      }
    }
  };
  walk(join(ROOT, 'src'));
  return [...names].filter(Boolean).sort();
}

/**
 * The browser build decodes `!!binary` with atob (strict, and a Uint8Array whose text is its
 * byte values); the Node build with Buffer (lenient base64, and a Buffer whose text is the
 * decoded text). Patched back to the Node build's branch, so that bin/yaml.cjs reads every
 * file as the installed package does (test/parse/yaml-bundle.test.ts compares them).
 */
const binaryAsInNode = {
  name: 'yaml-binary-as-in-node',
  setup(build) {
    build.onLoad({ filter: /[\\/]browser[\\/]dist[\\/]schema[\\/]yaml-1\.1[\\/]binary\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const branch = "        if (typeof atob === 'function') {";
      if (text.split(branch).length !== 2) throw new Error(`yaml's browser binary.js changed: check how bin/yaml.cjs decodes !!binary`);
      return { contents: text.replace(branch, "        if (typeof Buffer === 'function') {\n            return Buffer.from(src, 'base64');\n        }\n        else if (typeof atob === 'function') {"), loader: 'js' };
    });
  },
};

/**
 * bin/yaml.cjs: the installed yaml package as one CommonJS file, from its browser build (the
 * same parser as its Node build, as ES modules) cut to YAML_EXPORTS. Its Node build prints
 * every token it reads to stdout when LOG_TOKENS or LOG_STREAM is set (a debugging aid), which
 * would put a scanned file's secrets in a CI log: the browser build reads no environment, and
 * the build fails if the file ever does. Cut, it is also a quarter smaller to load.
 */
export async function buildYamlCopy() {
  const esbuild = await import('esbuild');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'yaml', 'package.json'), 'utf8'));
  const missing = yamlNamesUsed().filter((name) => !YAML_EXPORTS.includes(name));
  if (missing.length > 0) throw new Error(`src/ uses yamlLib().${missing.join(', ')}: add it to YAML_EXPORTS in scripts/bundle.mjs`);
  const result = await esbuild.build({
    ...COMMON,
    stdin: { contents: `export { ${YAML_EXPORTS.join(', ')} } from './node_modules/yaml/browser/dist/index.js';`, resolveDir: ROOT, sourcefile: 'yaml-entry.js', loader: 'js' },
    plugins: [binaryAsInNode],
    banner: { js: `// yaml ${manifest.version} (${manifest.license} license, https://eemeli.org/yaml/), bundled by scripts/bundle.mjs\n// for bin/connect-audit-core.cjs from its browser build (no environment read). Do not edit.` },
  });
  const text = result.outputFiles[0].text;
  if (/\bprocess\b|\brequire\(/.test(text.replace(/^\/\/.*$/gm, ''))) throw new Error('bin/yaml.cjs would read the process or require a module: the yaml package changed; check its debug output');
  return text;
}

/** Where the core's build id goes before it is known: replaced by the digest of the text holding it. */
const BUILD_PLACEHOLDER = '"connect-audit-build-id-placeholder"';

const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  banner: { js: BANNER },
  // Paths in the output's comments stay `node_modules/…` even when node_modules is a link.
  preserveSymlinks: true,
  legalComments: 'eof',
  // Non-ASCII characters escaped: V8 keeps a pure-ASCII source in one byte per character, a
  // faster read, scan and code-cache check than the two-byte string one '§' would make of it.
  charset: 'ascii',
  sourcemap: false,
  minify: false,
  metafile: false,
  logLevel: 'silent',
};

/**
 * Every text of bin/, built in memory. The build id, which keys the code and policy caches
 * (src/util/cache.ts), is the sha256 of the core as built and the two parsers beside it:
 * two builds with the same id are the same bytes.
 */
export async function buildBundle() {
  const esbuild = await import('esbuild');
  const snapshot = await builtinPolicySnapshot(esbuild);
  const core = await esbuild.build({
    ...COMMON,
    // The built-in policy snapshot, and a flag telling src/scan/threads.ts that worker threads run this file.
    define: {
      __CONNECT_AUDIT_BUILTIN_POLICY__: JSON.stringify(snapshot),
      __CONNECT_AUDIT_BUNDLE__: 'true',
      __CONNECT_AUDIT_BABEL__: JSON.stringify('./babel-parser.cjs'),
      __CONNECT_AUDIT_YAML__: JSON.stringify('./yaml.cjs'),
      __CONNECT_AUDIT_BUILD__: BUILD_PLACEHOLDER,
      __CONNECT_AUDIT_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version),
      'import.meta.url': '__connectAuditBundleUrl',
    },
    plugins: [noChildProcess, chalkWithoutDetection],
    entryPoints: ['src/cli/main.ts'],
    outfile: CORE,
  });
  if (core.errors.length > 0) throw new Error(core.errors.map((error) => error.text).join('\n'));
  // The launcher compiles the core inside a function (Node's module wrapper), where a `#!` line is a syntax error.
  const built = core.outputFiles[0].text.replace(/^#!.*\n/, '');
  // The parsers beside it are in the id too: their cached code is keyed by it (src/cli/launcher.ts).
  const babel = buildBabelCopy();
  const yaml = await buildYamlCopy();
  const build = createHash('sha256').update(built).update('\0').update(babel).update('\0').update(yaml).digest('hex').slice(0, 16);
  if (!built.includes(BUILD_PLACEHOLDER)) throw new Error('the core no longer reads __CONNECT_AUDIT_BUILD__');
  // The yaml package is bin/yaml.cjs, loaded when needed through src/parse/yaml-lib.ts: a
  // module importing 'yaml' at its top would inline its 260 KiB, compiled by every run.
  if (built.includes('// node_modules/yaml/')) throw new Error("a module of src/ imports 'yaml' at its top: use src/parse/yaml-lib.ts");
  const launcher = await esbuild.build({
    ...COMMON,
    define: { __CONNECT_AUDIT_BUILD__: JSON.stringify(build), 'import.meta.url': '__connectAuditBundleUrl' },
    entryPoints: ['src/cli/launcher.ts'],
    outfile: BUNDLE,
  });
  if (launcher.errors.length > 0) throw new Error(launcher.errors.map((error) => error.text).join('\n'));
  return { core: built.replaceAll(BUILD_PLACEHOLDER, JSON.stringify(build)), launcher: launcher.outputFiles[0].text, babel, yaml, build };
}

/** Every file of bin/, as built from the sources and the installed packages. */
export async function buildBin() {
  const { core, launcher, babel, yaml } = await buildBundle();
  return [
    { path: BUNDLE, text: launcher, mode: 0o755 },
    { path: CORE, text: core, mode: 0o644 },
    { path: BABEL, text: babel, mode: 0o644 },
    { path: YAML, text: yaml, mode: 0o644 },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outputs = await buildBin();
  if (process.argv.includes('--check')) {
    const stale = outputs.filter(({ path, text }) => {
      try {
        return readFileSync(path, 'utf8') !== text;
      } catch {
        return true; // missing
      }
    });
    for (const { path } of stale) console.error(`${path.slice(ROOT.length + 1)} is not up to date with the sources: run \`node scripts/bundle.mjs\` and commit it`);
    if (stale.length > 0) process.exit(1);
    console.log('bin/ is up to date');
  } else {
    for (const { path, text, mode } of outputs) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { mode });
      console.log(`wrote ${path.slice(ROOT.length + 1)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
    }
  }
}
