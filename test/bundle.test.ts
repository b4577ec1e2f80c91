import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as NodeModule from 'node:module';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from './helpers/fixtures.js';
// @ts-expect-error: a plain .mjs script without types
import { BABEL, buildBabelCopy, buildBundle, buildYamlCopy, BUNDLE, CORE, YAML } from '../scripts/bundle.mjs';

/**
 * The pre-commit hook and the GitHub Action run the committed bundle bin/connect-audit.cjs
 * without building anything, so it must be exactly what the sources build to.
 */
describe('bin/connect-audit.cjs', () => {
  test('is up to date with the sources (rebuilt in memory, compared byte for byte)', async () => {
    const { core, launcher } = (await buildBundle()) as { core: string; launcher: string };
    expect(readFileSync(BUNDLE as string, 'utf8') === launcher, 'bin/connect-audit.cjs is stale: run `node scripts/bundle.mjs` and commit it').toBe(true);
    expect(readFileSync(CORE as string, 'utf8') === core, 'bin/connect-audit-core.cjs is stale: run `node scripts/bundle.mjs` and commit it').toBe(true);
  }, 120_000);

  test('the build is deterministic', async () => {
    expect(await buildBundle()).toEqual(await buildBundle());
  }, 120_000);

  // One non-ASCII character (a '§' in a regular expression, a '–' in a comment) makes V8 hold
  // the whole 690 KiB source as a two-byte string: ~5 ms more on every start. The launcher and
  // the parsers beside it are kept so too.
  test.each([BUNDLE, CORE, BABEL, YAML] as string[])('%s is pure ASCII', (file) => {
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((line) => /[^\x00-\x7f]/.test(line));
    expect(line === -1 ? 'ascii' : `line ${line + 1}: ${text.split('\n')[line]!.trim().slice(0, 120)}`).toBe('ascii');
  });

  test('bin/babel-parser.cjs, which it loads for JavaScript and TypeScript, is the installed @babel/parser', () => {
    expect(readFileSync(BABEL as string, 'utf8') === (buildBabelCopy() as string), 'bin/babel-parser.cjs is stale: run `node scripts/bundle.mjs` and commit it').toBe(true);
  });

  test('bin/yaml.cjs, which it loads for YAML and THREAT_MODEL.md, is the installed yaml package', async () => {
    expect(readFileSync(YAML as string, 'utf8') === ((await buildYamlCopy()) as string), 'bin/yaml.cjs is stale: run `node scripts/bundle.mjs` and commit it').toBe(true);
  }, 120_000);

  test('runs with no node_modules at all (as the GitHub Action runs it): connector JSON and Strimzi YAML are read too', () => {
    const isolated = mkdtempSync(join(tmpdir(), 'connect-audit-isolated-'));
    try {
      for (const path of ['bin', 'examples', 'package.json', 'THREAT_MODEL.md']) cpSync(join(PROJECT_ROOT, path), join(isolated, path), { recursive: true });
      cpSync(join(PROJECT_ROOT, 'fixtures', 'rules', 'connect-rest-unauthenticated', 'fires', 'strimzi-connect.yaml'), join(isolated, 'examples', 'prod', 'k8s', 'kafka-connect.yaml'));
      const result = spawnSync(process.execPath, [join(isolated, 'bin', 'connect-audit.cjs'), 'scan', 'examples', '--format', 'compact'], { cwd: isolated, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^examples\/prod\/connectors\/jdbc-sink\.json:9:5: high cleartext-password: /m);
      expect(result.stdout).toMatch(/^examples\/prod\/k8s\/kafka-connect\.yaml:\d+:\d+: medium connect-rest-unauthenticated: Strimzi serves/m);
      expect(result.stdout).toContain('; 0 errors; 5 files');
      // A THREAT_MODEL.md of the scanned tree is read with the yaml beside the bundle.
      const check = spawnSync(process.execPath, [join(isolated, 'bin', 'connect-audit.cjs'), 'threat-model', 'check', 'THREAT_MODEL.md'], { cwd: isolated, encoding: 'utf8' });
      expect([check.status, check.stderr]).toEqual([0, '']);
    } finally {
      rmSync(isolated, { recursive: true, force: true });
    }
  });

  test('runs without its package.json: the version is built in', () => {
    const isolated = mkdtempSync(join(tmpdir(), 'connect-audit-no-manifest-'));
    try {
      cpSync(join(PROJECT_ROOT, 'bin'), join(isolated, 'bin'), { recursive: true });
      const bundle = join(isolated, 'bin', 'connect-audit.cjs');
      const env = { ...process.env, CONNECT_AUDIT_NO_CACHE: '1' };
      const version = spawnSync(process.execPath, [bundle, '--version'], { cwd: isolated, encoding: 'utf8', env });
      expect([version.status, version.stdout.trim()]).toEqual([0, (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version]);
      const result = spawnSync(process.execPath, [bundle, 'scan', '.'], { cwd: isolated, encoding: 'utf8', env });
      expect([result.status, result.stderr]).toEqual([0, '']);
    } finally {
      rmSync(isolated, { recursive: true, force: true });
    }
  });

  test.skipIf(process.platform === 'win32')('a run whose working folder was deleted under it is one line on stderr and exit code 2, not a stack trace', () => {
    const gone = mkdtempSync(join(tmpdir(), 'connect-audit-gone-'));
    for (const argv of [[BUNDLE as string, 'scan', '.'], [BUNDLE as string, '--version'], [join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js'), 'scan', join(PROJECT_ROOT, 'examples')]]) {
      const command = `cd "$1" && rmdir "$1" && shift && exec "$@"`;
      const result = spawnSync('sh', ['-c', command, 'sh', gone, process.execPath, ...argv], { encoding: 'utf8' });
      expect([result.status, result.stdout, result.stderr]).toEqual([2, '', 'connect-audit: cannot read the working folder (ENOENT); run it from an existing folder\n']);
      mkdirSync(gone);
    }
    rmSync(gone, { recursive: true, force: true });
  });

  test('cannot start a process: node:child_process (which commander requires) is an empty module in it', () => {
    const text = readFileSync(BUNDLE as string, 'utf8') + readFileSync(CORE as string, 'utf8');
    expect(text).not.toMatch(/(?:require\(|from |import\()\s*["'](?:node:)?child_process["']/);
    expect(text).toMatch(/"connect-audit-empty:child_process"\((exports\d*), (module\d*)\) \{\n {4}\2\.exports = \{\};/);
  });

  test('is executable, self-contained and runs a scan', () => {
    expect(statSync(BUNDLE as string).mode & 0o111).not.toBe(0);
    expect(readFileSync(BUNDLE as string, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const version = execFileSync(process.execPath, [BUNDLE as string, '--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const result = spawnSync(process.execPath, [BUNDLE as string, 'scan', 'examples', '--format', 'compact'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^examples\/prod\/server\.properties:\d+:\d+: \w+ plaintext-listener: /m);
  });
});

describe('package.json as a pre-commit hook repository and an npm package', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[]; scripts?: Record<string, string> };

  test('bin is the committed bundle, and the package ships it', () => {
    expect(manifest.bin['connect-audit']).toBe('./bin/connect-audit.cjs');
    expect(manifest.files).toContain('bin');
  });

  // npm pacote prepares a git dependency (pre-commit >= 4.6.1 installs hooks that way) when
  // any of these scripts exists, and pre-commit <= 4.6.0 reads `npm pack`'s stdout as the
  // tarball name, which a prepare/prepack script pollutes: either way the hook fails to install.
  // npm 11 also runs `build` there (pre-commit 4.6.2's changelog), so the compile step is `compile`.
  test.each(['prepare', 'prepack', 'preinstall', 'install', 'postinstall', 'build'])('no "%s" script', (script) => {
    expect(manifest.scripts?.[script]).toBeUndefined();
  });

  test('.pre-commit-hooks.yaml: a node hook running the bin with the staged files and the repository as context', () => {
    const hooks = parseYaml(readFileSync(join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    const allowed = new Set(['id', 'name', 'entry', 'language', 'alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'always_run', 'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'require_serial', 'stages', 'verbose', 'minimum_pre_commit_version']);
    for (const hook of hooks) {
      for (const key of ['id', 'name', 'entry', 'language']) expect(hook[key], `${String(hook.id)}.${key}`).toBeTypeOf('string');
      expect(Object.keys(hook).filter((key) => !allowed.has(key))).toEqual([]);
    }
    const main = hooks.find((hook) => hook.id === 'connect-audit')!;
    expect(main.language).toBe('node');
    expect(main.entry).toBe('connect-audit scan --context . --format compact');
    expect(main.pass_filenames).toBe(true);
    const files = new RegExp(main.files as string);
    for (const name of ['config/server.properties', 'connectors/jdbc.json', 'k8s/kafka.yaml', 'docker-compose.yml', 'kafka_server_jaas.conf']) expect(files.test(name), name).toBe(true);
    for (const name of ['README.md', 'src/index.ts', 'properties.txt']) expect(files.test(name), name).toBe(false);
  });
});

describe("connect-audit's cache (src/util/cache.ts, src/cli/launcher.ts, src/scan/policy-cache.ts)", () => {
  // Node >= 22.1 keeps the compiled code itself (module.enableCompileCache), in a folder of its own.
  const nodeCompileCache = typeof (NodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  /** A repository to scan, and a cache folder outside it (one inside it is refused: see below). */
  function withTree(run: (tree: string, cache: string) => void): void {
    const top = mkdtempSync(join(tmpdir(), 'connect-audit-cached-'));
    const tree = join(top, 'repo');
    try {
      mkdirSync(tree);
      cpSync(join(PROJECT_ROOT, 'examples', 'prod', 'server.properties'), join(tree, 'server.properties'));
      cpSync(join(PROJECT_ROOT, 'THREAT_MODEL.md'), join(tree, 'THREAT_MODEL.md'));
      run(tree, join(top, 'cache'));
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  }
  const scan = (tree: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [BUNDLE as string, 'scan', 'server.properties', '--format', 'json'], {
      cwd: tree,
      encoding: 'utf8',
      env: { ...process.env, CONNECT_AUDIT_CACHE_DIR: '', CONNECT_AUDIT_NO_CACHE: '', ...env },
    });
  const modelDigest = (stdout: string): string => (JSON.parse(stdout) as { threatModel: { sha256: string } }).threatModel.sha256;
  const PLANTED = '0'.repeat(64);
  /** The code paths the core's cached code holds: its entry's header (src/cli/launcher.ts). */
  /** The core's entry for a kind of run (src/cli/run-kind.ts). */
  const coreEntry = (cache: string, kind: string): string => join(cache, readdirSync(cache).find((name) => name.includes(`-connect-audit-core-${kind}-v`))!);
  const coversOf = (cache: string, kind: string): string => {
    const data = readFileSync(coreEntry(cache, kind));
    return data.toString('latin1', 4, 4 + data.readUInt32LE(0));
  };
  /** A process id that no process has: a child's, once it has ended. */
  const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid!;
  const policyEntry = (cache: string): string => join(cache, readdirSync(cache).find((name) => name.startsWith('policy-'))!);

  test('a run leaves the compiled bundle and the parsed threat model, for the user only; the next run reports the same', () => {
    withTree((tree, cache) => {
      const names = (): string[] =>
        readdirSync(cache)
          .filter((name) => !nodeCompileCache || name.startsWith('policy-'))
          .map((name) => name.replace(/[0-9a-f]{16,}/g, 'H').replace(process.version, 'V').replace(process.arch, 'A'))
          .sort();
      const first = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      expect([first.status, first.stderr]).toEqual([1, '']);
      // The first run parses the threat model with yaml (bin/yaml.cjs): it keeps the policy and
      // yaml's code, not the core's, which would hold the Markdown reader no later run needs.
      expect(names()).toEqual(nodeCompileCache ? ['policy-H.json'] : ['policy-H.json', 'v8-H-yaml-V-A.bin']);
      const second = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      expect([second.status, second.stderr, second.stdout]).toEqual([first.status, first.stderr, first.stdout]);
      expect(names()).toEqual(
        nodeCompileCache ? ['policy-H.json'] : ['policy-H.json', 'v8-H-connect-audit-core-scan-json-V-A.bin', 'v8-H-yaml-V-A.bin'],
      );
      if (!nodeCompileCache) expect(coversOf(cache, 'scan-json')).toBe('command:scan,document:properties:broker,format:json,threat-model:file');
      expect(statSync(cache).mode & 0o777).toBe(0o700);
      for (const name of readdirSync(cache)) expect(statSync(join(cache, name)).mode & 0o777).toBe(0o600);
      const third = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      expect([third.status, third.stderr, third.stdout]).toEqual([first.status, first.stderr, first.stdout]);
    });
  });

  test('a cached policy is used only for the very text it was read from, and only when nobody else can write it', () => {
    withTree((tree, cache) => {
      const first = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      const digest = modelDigest(first.stdout);
      expect(digest).toMatch(/^[0-9a-f]{64}$/);
      // A planted entry for this text, whose policy carries another digest: read, so it is used.
      const entry = policyEntry(cache);
      const planted = readFileSync(entry, 'utf8').replaceAll(digest, PLANTED);
      expect(planted).not.toBe(readFileSync(entry, 'utf8'));
      writeFileSync(entry, planted);
      expect(modelDigest(scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache }).stdout)).toBe(PLANTED);
      // Writable by others: not read (and replaced by what the Markdown says).
      chmodSync(entry, 0o666);
      expect(modelDigest(scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache }).stdout)).toBe(digest);
      // The threat model edited since: the entry is for another text, and is not used.
      writeFileSync(entry, planted);
      chmodSync(entry, 0o600);
      writeFileSync(join(tree, 'THREAT_MODEL.md'), `${readFileSync(join(tree, 'THREAT_MODEL.md'), 'utf8')}\n`);
      expect(modelDigest(scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache }).stdout)).not.toBe(PLANTED);
    });
  });

  test.skipIf(nodeCompileCache)('runs under other Node flags keep their own cached code: V8 refuses code cached under other flags, and they no longer rewrite each other', () => {
    withTree((tree, cache) => {
      rmSync(join(tree, 'THREAT_MODEL.md'));
      const run = (...flags: string[]) =>
        spawnSync(process.execPath, [...flags, BUNDLE as string, 'scan', 'server.properties'], { cwd: tree, env: { ...process.env, CONNECT_AUDIT_CACHE_DIR: cache, CONNECT_AUDIT_NO_CACHE: '' } });
      const entries = () => readdirSync(cache).filter((name) => name.includes('connect-audit-core') && name.endsWith('.bin')).sort();
      const mtimes = () => entries().map((name) => statSync(join(cache, name)).mtimeMs);
      expect(run().status).toBe(1);
      expect(run('--max-lazy').status).toBe(1);
      expect(entries().map((name) => /-flags-[0-9a-f]{8}\.bin$/.test(name)).sort()).toEqual([false, true]);
      const written = mtimes();
      // Each accepts its own entry: none is written again.
      run();
      run('--max-lazy');
      run();
      expect(mtimes()).toEqual(written);
    });
  });

  test.skipIf(nodeCompileCache)("each kind of run keeps its own cached code, rewritten when a run uses a kind of document or a parser the runs it holds did not", () => {
    withTree((tree, cache) => {
      cpSync(join(PROJECT_ROOT, 'fixtures', 'rules', 'connect-rest-unauthenticated', 'fires', 'strimzi-connect.yaml'), join(tree, 'connect.yaml'));
      rmSync(join(tree, 'THREAT_MODEL.md'));
      const run = (...args: string[]) => spawnSync(process.execPath, [BUNDLE as string, ...args], { cwd: tree, env: { ...process.env, CONNECT_AUDIT_CACHE_DIR: cache, CONNECT_AUDIT_NO_CACHE: '' } });
      const entry = (kind: string): string => coreEntry(cache, kind);
      const covers = (kind: string): string => coversOf(cache, kind);
      const written = (kind: string): number => statSync(entry(kind)).mtimeMs;
      // The first run on a machine asks for the version: it keeps no code of a scan for the scans.
      expect(run('--version').status).toBe(0);
      expect(covers('other')).toBe('command:*');
      const version = written('other');
      run('scan', 'server.properties');
      expect(covers('scan')).toBe('command:scan,document:properties:broker,format:text');
      const size = statSync(entry('scan')).size;
      run('scan', 'connect.yaml');
      // Read by readCommonYaml, in the core: bin/yaml.cjs is not loaded.
      expect(covers('scan')).toBe('command:scan,document:properties:broker,document:strimzi:worker,format:text,parser:yaml');
      expect(statSync(entry('scan')).size).toBeGreaterThan(size);
      writeFileSync(join(tree, 'compose.yaml'), 'x-env: &env\n  KAFKA_CFG_LISTENERS: PLAINTEXT://:9092\nservices:\n  kafka:\n    image: bitnami/kafka\n    environment: *env\n');
      run('scan', 'compose.yaml');
      expect(covers('scan')).toBe('command:scan,document:compose:broker,document:properties:broker,document:strimzi:worker,format:text,parser:yaml,parser:yaml.cjs');
      const scans = written('scan');
      run('scan', 'server.properties');
      run('scan', 'connect.yaml', 'compose.yaml');
      run('--version');
      expect([written('scan'), written('other')]).toEqual([scans, version]);
      // Another report format is another kind of run: the scans' entry keeps no SARIF code.
      run('scan', 'server.properties', '--format', 'sarif');
      expect(covers('scan-sarif')).toBe('command:scan,document:properties:broker,format:sarif');
      expect(written('scan')).toBe(scans);
      run('rules');
      expect(covers('other')).toBe('command:*,command:rules');
    });
  });

  test('garbage in the cache is passed over: the run compiles and parses, and reports the same', () => {
    withTree((tree, cache) => {
      const first = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      for (const name of readdirSync(cache)) if (statSync(join(cache, name)).isFile()) writeFileSync(join(cache, name), 'not a cache entry');
      const second = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      expect([second.status, second.stderr, second.stdout]).toEqual([first.status, first.stderr, first.stdout]);
    });
  });

  test('the scanned repository cannot plant entries: a cache folder inside it, a relative one, or entries others may read are not used', () => {
    withTree((tree, cache) => {
      const inside = join(tree, '.cache', 'connect-audit');
      expect(scan(tree, { CONNECT_AUDIT_CACHE_DIR: inside }).status).toBe(1);
      expect(existsSync(join(tree, '.cache'))).toBe(false); // inside the working folder: not even created
      expect(scan(tree, { CONNECT_AUDIT_CACHE_DIR: 'relative/cache' }).status).toBe(1);
      expect(existsSync(join(tree, 'relative'))).toBe(false);
      expect(scan(tree, { CONNECT_AUDIT_CACHE_DIR: '', XDG_CACHE_HOME: '.cache-xdg', HOME: cache }).status).toBe(1);
      expect(existsSync(join(tree, '.cache-xdg'))).toBe(false);
      // An entry as a checkout leaves it (0644) is not read: the planted digest is not used.
      const first = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      const entry = policyEntry(cache);
      writeFileSync(entry, readFileSync(entry, 'utf8').replaceAll(modelDigest(first.stdout), PLANTED));
      chmodSync(entry, 0o644);
      expect(modelDigest(scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache }).stdout)).not.toBe(PLANTED);
    });
  });

  test.skipIf(process.platform === 'win32')('run from the home folder itself, the default cache folder under it is used', () => {
    withTree((tree) => {
      const result = scan(tree, { CONNECT_AUDIT_CACHE_DIR: '', XDG_CACHE_HOME: '', HOME: tree });
      expect(result.status).toBe(1);
      const folder = process.platform === 'darwin' ? join(tree, 'Library', 'Caches', 'connect-audit') : join(tree, '.cache', 'connect-audit');
      expect(readdirSync(folder).some((name) => name.startsWith('policy-'))).toBe(true);
    });
  });

  test.skipIf(nodeCompileCache)('a run that died using the cached code (its mark left behind) makes the next one drop it and compile afresh', () => {
    withTree((tree, cache) => {
      const first = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache }); // the first parsed the threat model, and kept no core code
      const core = readdirSync(cache).find((name) => name.includes('connect-audit-core') && name.endsWith('.bin'))!;
      const build = /^v8-([0-9a-f]+)-/.exec(core)![1]!;
      expect(readdirSync(cache).filter((name) => name.includes('.running-'))).toEqual([]); // unmarked at exit
      // Damage that V8's header checks would not see, and the mark of a run that crashed on it.
      writeFileSync(join(cache, core), 'damaged');
      writeFileSync(join(cache, `v8-${build}.running-${deadPid()}`), '', { mode: 0o600 });
      const second = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      expect([second.status, second.stdout]).toEqual([first.status, first.stdout]);
      expect(readdirSync(cache).filter((name) => name.includes('.running-'))).toEqual([]);
      expect(readFileSync(join(cache, core)).length).toBeGreaterThan(100_000); // compiled again and rewritten
    });
  });

  test.skipIf(nodeCompileCache)("the mark of a run still going (pre-commit's parallel batches) is not taken for a crash: the cached code stays", () => {
    withTree((tree, cache) => {
      scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache });
      scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache }); // the first parsed the threat model, and kept no core code
      const core = readdirSync(cache).find((name) => name.includes('connect-audit-core') && name.endsWith('.bin'))!;
      const build = /^v8-([0-9a-f]+)-/.exec(core)![1]!;
      const written = statSync(join(cache, core)).mtimeMs;
      // This test's own process is running: its mark is a concurrent run's.
      const concurrent = join(cache, `v8-${build}.running-${process.pid}`);
      writeFileSync(concurrent, '', { mode: 0o600 });
      expect(scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache }).status).toBe(1);
      expect(statSync(join(cache, core)).mtimeMs).toBe(written);
      expect(existsSync(concurrent)).toBe(true);
      // The same mark an hour and more old: left behind by a crash, whoever has that process id now.
      const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
      utimesSync(concurrent, old, old);
      expect(scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache }).status).toBe(1);
      expect(existsSync(concurrent)).toBe(false);
      expect(statSync(join(cache, core)).mtimeMs).not.toBe(written); // dropped, compiled again and rewritten
    });
  });

  test('runs through a link to it, also with --preserve-symlinks-main (npm links bin/ commands)', () => {
    withTree((tree) => {
      const link = join(tree, '..', 'connect-audit');
      symlinkSync(BUNDLE as string, link);
      const result = spawnSync(process.execPath, ['--preserve-symlinks-main', link, '--version'], { cwd: tree, encoding: 'utf8' });
      expect([result.status, result.stderr]).toEqual([0, '']);
    });
  });

  test('CONNECT_AUDIT_NO_CACHE turns it off: nothing is written', () => {
    withTree((tree, cache) => {
      const result = scan(tree, { CONNECT_AUDIT_CACHE_DIR: cache, CONNECT_AUDIT_NO_CACHE: '1' });
      expect([result.status, result.stderr]).toEqual([1, '']);
      expect(existsSync(cache)).toBe(false);
    });
  });
});
