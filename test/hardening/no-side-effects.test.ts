/**
 * Nothing executed, fetched or written: during full scans of fixtures/ and examples/ (every
 * format) and the other commands, no child process is started, no socket opened, no DNS
 * asked, no file written except `--output` and `--write-baseline`, and no `${…}` reference
 * resolved. The built-ins are replaced through syncBuiltinESMExports, so ESM imports in
 * src/ and in dependencies see the replacements too.
 */
import { cpSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';
import { patchBuiltin, removeDir, tempDir, writeTree } from './helpers.js';

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
/** Every command, over every shipped input (exit 1/2 expected: fixtures hold findings and broken files). */
const COMMANDS: readonly (readonly string[])[] = [
  ...FORMATS.map((format) => ['scan', 'fixtures', 'examples', '--format', format, '--no-gitignore', '--include-suppressed', '--show-all']),
  ['scan', 'examples'],
  ['rules'],
  ['rules', '--format', 'json'],
  ['explain', 'plaintext-listener'],
  ['inspect', 'examples/prod/connectors/jdbc-sink.json'],
  ['threat-model', 'check'],
  ['threat-model', 'show'],
];

/** A recorder of calls to replaced built-ins. */
function tripwire(modules: Readonly<Record<string, readonly string[]>>, behaviour: 'throw' | 'record' = 'throw'): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const restores: (() => void)[] = [];
  for (const [module, names] of Object.entries(modules)) {
    for (const name of names) {
      restores.push(
        patchBuiltin(module, name, (original: (...args: unknown[]) => unknown) => {
          const replacement = function (this: unknown, ...args: unknown[]) {
            calls.push(`${module}.${name}(${typeof args[0] === 'string' ? args[0] : ''})`);
            if (behaviour === 'throw') throw new Error(`connect-audit must not call ${module}.${name}`);
            return original.apply(this, args);
          };
          return replacement;
        }),
      );
    }
  }
  return { calls, restore: () => restores.reverse().forEach((restore) => restore()) };
}

describe('nothing executed', () => {
  const CHILD = { 'node:child_process': ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'node:worker_threads': ['Worker'], 'node:cluster': ['fork'] };
  let wire: ReturnType<typeof tripwire>;
  beforeEach(() => {
    wire = tripwire(CHILD);
  });
  afterEach(() => wire.restore());

  for (const argv of COMMANDS) {
    test(`no child process or worker: ${argv.join(' ')}`, async () => {
      const result = await runCli(argv);
      expect(wire.calls).toEqual([]);
      expect(result.stderr).not.toMatch(/must not call|internal error/);
    });
  }

  test('no source file can start a process, evaluate code or open a socket', () => {
    // `from 'x'`, `import('x')`, `require('x')`, `createRequire(…)('x')`: any way to load one.
    const forbidden = /(?:from\s+|import\(\s*|require\(\s*|\)\(\s*)'(node:)?(child_process|cluster|worker_threads|vm|net|tls|http|https|http2|dgram|dns|inspector)'|\beval\(|new Function\(|process\.binding|\bfetch\(|import\(\s*[^'"`\s]|\brequire\(\s*[^'"`\s)]|createRequire\([^)]*\)\(\s*[^'"`\s)]/g;
    // Worker threads run connect-audit's own entry module on a big tree (src/scan/threads.ts);
    // only these files may touch worker_threads, and the test below pins what they start.
    // The launcher compiles connect-audit's own bundle with node:vm (and V8's code cache);
    // the next test pins what it compiles.
    // src/util/beside.ts requires a module by a name it is given: the parsers shipped beside
    // the bundle (constants of the build) or their package names, never anything from input.
    const allowed = new Map([
      ['src/scan/threads.ts', 'worker_threads'],
      ['src/scan/pass-one-worker.ts', 'worker_threads'],
      ['src/cli/launcher.ts', 'vm'],
      ['src/util/beside.ts', 'a module named by its caller'],
    ]);
    const offenders: string[] = [];
    for (const folder of ['src', 'rules']) {
      for (const name of readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })) {
        if (!name.endsWith('.ts')) continue;
        const file = `${folder}/${name.split('\\').join('/')}`;
        const text = readFileSync(join(PROJECT_ROOT, folder, name), 'utf8');
        for (const match of text.matchAll(forbidden)) {
          const what = match[2] ?? (/require/i.test(match[0]) ? 'a module named by its caller' : undefined);
          if (allowed.has(file) && what === allowed.get(file)) continue;
          offenders.push(`${file}: ${match[0]}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('the launcher compiles only files of connect-audit\'s own bin/ folder, by names the build fixes', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'src', 'cli', 'launcher.ts'), 'utf8');
    expect([...text.matchAll(/new Script\((.+?), \{ filename: /g)].map((match) => match[1])).toEqual(["Module.wrap(readFileSync(file, 'latin1'))"]);
    expect(text).toContain('const file = join(BIN, name);');
    // The names: the core's own, and what the core's beside loader asks for (the build's constants).
    expect([...text.matchAll(/loadWithCodeCache\(directory, ([^,]+),/g)].map((match) => match[1])).toEqual(["'connect-audit-core.cjs'", 'name']);
    const beside = readFileSync(join(PROJECT_ROOT, 'src', 'util', 'beside.ts'), 'utf8');
    expect([...beside.matchAll(/loader\((.*)\) : createRequire/g)].map((match) => match[1])).toEqual(["beside.replace(/^\\.\\//, '')"]);
    for (const file of ['babel.ts', 'yaml-lib.ts']) {
      expect(readFileSync(join(PROJECT_ROOT, 'src', 'parse', file), 'utf8')).toMatch(/lazyBeside<\w+>\(typeof __CONNECT_AUDIT_\w+__ === 'string' \? __CONNECT_AUDIT_\w+__ : undefined, '[@\w/-]+'\)/);
    }
  });

  test('the only worker a scan starts runs connect-audit\'s own CLI entry, a constant URL', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'src', 'scan', 'threads.ts'), 'utf8');
    expect([...text.matchAll(/new Worker\(([^,]+),/g)].map((match) => match[1])).toEqual(['workerEntry()']);
    expect(text).toContain("new URL(import.meta.url) : new URL('../cli/main.js', import.meta.url)");
  });
});

describe('nothing fetched', () => {
  const NETWORK = {
    'node:net': ['connect', 'createConnection', 'createServer'],
    'node:tls': ['connect'],
    'node:http': ['request', 'get', 'createServer'],
    'node:https': ['request', 'get', 'createServer'],
    'node:http2': ['connect'],
    'node:dns': ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'],
    'node:dgram': ['createSocket'],
  };
  let wire: ReturnType<typeof tripwire>;
  let socketConnect: ((...args: unknown[]) => unknown) | undefined;
  const socketCalls: string[] = [];
  let savedFetch: typeof globalThis.fetch;
  beforeEach(async () => {
    wire = tripwire(NETWORK);
    const net = await import('node:net');
    socketConnect = net.Socket.prototype.connect as never;
    net.Socket.prototype.connect = function () {
      socketCalls.push('net.Socket.connect');
      throw new Error('connect-audit must not open a socket');
    } as never;
    savedFetch = globalThis.fetch;
    globalThis.fetch = (() => {
      socketCalls.push('fetch');
      throw new Error('connect-audit must not fetch');
    }) as never;
  });
  afterEach(async () => {
    wire.restore();
    const net = await import('node:net');
    net.Socket.prototype.connect = socketConnect as never;
    globalThis.fetch = savedFetch;
  });

  for (const argv of COMMANDS) {
    test(`no socket, request or DNS lookup: ${argv.join(' ')}`, async () => {
      const result = await runCli(argv);
      expect([...wire.calls, ...socketCalls]).toEqual([]);
      expect(result.stderr).not.toMatch(/must not|internal error/);
    });
  }
});

describe('nothing written but --output and --write-baseline', () => {
  const WRITES = {
    'node:fs': ['writeFileSync', 'writeFile', 'appendFileSync', 'appendFile', 'mkdirSync', 'mkdir', 'mkdtempSync', 'rmSync', 'rm', 'rmdirSync', 'unlinkSync', 'unlink', 'renameSync', 'rename', 'copyFileSync', 'cpSync', 'createWriteStream', 'truncateSync', 'chmodSync', 'utimesSync', 'symlinkSync', 'linkSync'],
  };
  const work = tempDir('writes');
  afterAll(() => removeDir(work));
  cpSync(join(PROJECT_ROOT, 'fixtures'), join(work, 'fixtures'), { recursive: true, verbatimSymlinks: true });
  cpSync(join(PROJECT_ROOT, 'examples'), join(work, 'examples'), { recursive: true, verbatimSymlinks: true });

  /** Every entry under `root` with what a write would change: size, mtime, ctime, mode. */
  const snapshot = (root: string): Map<string, string> => {
    const out = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const stats = lstatSync(path);
        out.set(relative(root, path), `${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.mode}`);
        if (stats.isDirectory()) walk(path);
      }
    };
    walk(root);
    return out;
  };
  /** Opening a file for writing through openSync counts too. */
  const openForWrite = (calls: string[]) =>
    patchBuiltin('node:fs', 'openSync', (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
      const flags = args[1];
      if ((typeof flags === 'string' && /[wa+]/.test(flags)) || (typeof flags === 'number' && (flags & 0b11) !== 0)) calls.push(`openSync(${String(args[0])}, ${String(flags)})`);
      return original(...args);
    });

  const scanWrites = async (argv: readonly string[]): Promise<{ calls: string[]; changed: string[]; code: number }> => {
    const before = snapshot(work);
    const wire = tripwire(WRITES, 'record');
    const undoOpen = openForWrite(wire.calls);
    let code: number;
    try {
      code = (await runCli(argv, work)).code;
    } finally {
      undoOpen();
      wire.restore();
    }
    const after = snapshot(work);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
    return { calls: wire.calls, changed, code };
  };

  for (const format of FORMATS) {
    test(`scan --format ${format}: no write at all, no file touched`, async () => {
      const { calls, changed, code } = await scanWrites(['scan', 'fixtures', 'examples', '--format', format, '--no-gitignore']);
      expect(code).toBeGreaterThan(0);
      expect(calls).toEqual([]);
      expect(changed).toEqual([]);
    });
  }

  // The folder of the file is created when missing (mkdir -p); nothing else is written.
  const only = (folder: string, file: string) => [`node:fs.mkdirSync(<work>/${folder})`, `node:fs.writeFileSync(<work>/${folder}/${file})`];
  // A report is written as it is formatted: opened once, then written chunk by chunk.
  const onlyReport = (folder: string, file: string) => [`node:fs.mkdirSync(<work>/${folder})`, `openSync(<work>/${folder}/${file}, w)`];

  test('--output writes that file and nothing else', async () => {
    const { calls, changed } = await scanWrites(['scan', 'fixtures', 'examples', '--format', 'sarif', '--output', 'reports/report.sarif']);
    expect(calls.map((call) => call.replace(work, '<work>'))).toEqual(onlyReport('reports', 'report.sarif'));
    expect(changed).toEqual(['reports', 'reports/report.sarif']);
  });

  test('--write-baseline writes that file and nothing else', async () => {
    const { calls, changed } = await scanWrites(['scan', 'examples', '--write-baseline', 'baselines/baseline.json']);
    expect(calls.map((call) => call.replace(work, '<work>'))).toEqual(only('baselines', 'baseline.json'));
    expect(changed).toEqual(['baselines', 'baselines/baseline.json']);
  });
});

describe('${…} references are analysed, never resolved', () => {
  const base = tempDir('references');
  afterAll(() => removeDir(base));
  const outside = join(base, 'outside');
  const root = join(base, 'scanned');
  const CANARY = 'RESOLVEDCANARY';
  writeTree(outside, {
    'secret.properties': `password=${CANARY}-file\njaas=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="${CANARY}-jaas";\n`,
    'secrets/db-password': `${CANARY}-directory`,
  });
  writeTree(root, {
    'connect-distributed.properties': [
      'bootstrap.servers=kafka:9093',
      'group.id=connect',
      'config.providers=file,directory,env',
      'config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider',
      'config.providers.directory.class=org.apache.kafka.common.config.provider.DirectoryConfigProvider',
      'config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider',
      `sasl.jaas.config=\${file:${outside}/secret.properties:jaas}`,
      `ssl.keystore.password=\${file:${outside}/secret.properties:password}`,
      `ssl.key.password=\${env:CONNECT_AUDIT_TEST_SECRET}`,
      '',
    ].join('\n'),
    'connectors/sink.json': JSON.stringify({
      name: 'sink',
      config: {
        'connector.class': 'io.confluent.connect.jdbc.JdbcSinkConnector',
        'connection.password': `\${directory:${outside}/secrets:db-password}`,
        'connection.url': `jdbc:postgresql://db/x?password=\${file:${outside}/secret.properties:password}`,
        'producer.override.sasl.jaas.config': `\${file:${outside}/secret.properties:jaas}`,
      },
    }),
  });

  test('the canaries behind file, directory and env references never appear, and the outside files are never opened', async () => {
    process.env.CONNECT_AUDIT_TEST_SECRET = `${CANARY}-env`;
    const opened: string[] = [];
    const restore = ['openSync', 'readFileSync', 'readdirSync', 'opendirSync', 'createReadStream', 'statSync', 'lstatSync', 'existsSync', 'accessSync'].map((name) =>
      patchBuiltin('node:fs', name, (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
        if (typeof args[0] === 'string') opened.push(resolve(base, args[0]));
        return original(...args);
      }),
    );
    const outputs: string[] = [];
    try {
      for (const format of FORMATS) {
        const result = await runCli(['scan', 'scanned', '--format', format, '--show-all', '--include-suppressed'], base, { ...process.env });
        outputs.push(result.stdout, result.stderr);
        expect(result.code, result.stderr).toBe(1);
      }
      for (const file of ['scanned/connect-distributed.properties', 'scanned/connectors/sink.json']) {
        const result = await runCli(['inspect', file], base, { ...process.env });
        outputs.push(result.stdout, result.stderr);
      }
    } finally {
      restore.forEach((undo) => undo());
      delete process.env.CONNECT_AUDIT_TEST_SECRET;
    }
    expect(outputs.join('\n')).not.toContain(CANARY);
    // Not even looked at: no open, stat or existence check of anything under outside/.
    expect(opened.filter((path) => path === outside || path.startsWith(`${outside}/`))).toEqual([]);
    // The references themselves are what the report is about.
    expect(outputs.join('\n')).toMatch(/\$\{file:|file config provider|FileConfigProvider|provider/i);
  });

  test('the references are where the outside files are named, so the files exist (the test is real)', () => {
    expect(statSync(join(outside, 'secret.properties')).isFile()).toBe(true);
    expect(readFileSync(join(root, 'connect-distributed.properties'), 'utf8')).toContain(outside);
  });
});
