/**
 * Hostile input through the whole CLI (`runCli(['scan', dir])`): truncated and random
 * files, odd encodings and line ends, deep nesting, huge lines and files, alias bombs,
 * symbolic-link loops and escapes, unreadable files and folders. Each scan ends in
 * findings or a one-line error naming the file (and the line where there is one), exit
 * code 2 when an input could not be understood, the other files still reported, and no
 * stack trace. Every fixture is made here, in a temp folder; big files are sparse.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, truncateSync, chmodSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';
import {
  expectFailClosed,
  expectGoodFileReported,
  expectOneLineErrors,
  GOOD_CONTENT,
  GOOD_FILE,
  isRoot,
  patchBuiltin,
  removeDir,
  scanBoth,
  tempDir,
  writeTree,
  type Content,
  type ScanOutcome,
} from './helpers.js';

const base = tempDir('hostile');
afterAll(() => removeDir(base));

let cases = 0;
/** Writes `files` beside the good file into a new folder under `base` and scans it. */
async function hostile(files: Readonly<Record<string, Content>>, extra: readonly string[] = []): Promise<{ name: string; outcome: ScanOutcome }> {
  const name = `case-${++cases}`;
  writeTree(join(base, name), { [GOOD_FILE]: GOOD_CONTENT, ...files });
  const outcome = await scanBoth(base, name, extra);
  expectOneLineErrors(outcome);
  expectGoodFileReported(outcome, name);
  return { name, outcome };
}

const JDBC_SINK = readFileSync(join(PROJECT_ROOT, 'examples/prod/connectors/jdbc-sink.json'), 'utf8');
const STRIMZI_CONNECT = [
  'apiVersion: kafka.strimzi.io/v1beta2',
  'kind: KafkaConnect',
  'metadata:',
  '  name: my-connect',
  'spec:',
  '  bootstrapServers: my-cluster-kafka-bootstrap:9093',
  '  config:',
  '    group.id: connect-cluster',
  '    sasl.jaas.config: "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"u\\" password=\\"CANARY-yaml-77\\";"',
  '',
].join('\n');

/** Deterministic bytes (mulberry32), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const errorFor = (outcome: ScanOutcome, file: string) => outcome.json.report.errors.find((error) => error.file === file);
const findingsIn = (outcome: ScanOutcome, file: string) => outcome.json.report.findings.filter((finding) => finding.file === file);
const allOutput = (outcome: ScanOutcome): string => [outcome.json.stdout, outcome.json.stderr, outcome.text.stdout, outcome.text.stderr].join('\n');

describe('truncated input', () => {
  test('a connector .json cut off: exit 2, the file and line of the end, the secret never quoted', async () => {
    const { name, outcome } = await hostile({ 'connectors/sink.json': JDBC_SINK.slice(0, JDBC_SINK.indexOf('CANARY') + 10) });
    expectFailClosed(outcome, `${name}/connectors/sink.json`, { withLine: true, message: /truncated/ });
    expect(errorFor(outcome, `${name}/connectors/sink.json`)!.line).toBe(9);
    expect(allOutput(outcome)).not.toContain('CANARY');
  });

  test('a connector .json cut at every tenth character: an error for each, with a line', async () => {
    const files: Record<string, string> = {};
    for (let cut = 1; cut < JDBC_SINK.trimEnd().length; cut += 10) files[`connectors/cut-${String(cut).padStart(3, '0')}.json`] = JDBC_SINK.slice(0, cut);
    // The sniffer needs "connector.class" to take a .json for a connector; the shorter cuts are not inputs.
    const { name, outcome } = await hostile(files);
    expect(outcome.json.code).toBe(2);
    for (const file of Object.keys(files)) {
      if (!files[file]!.includes('connector.class')) continue;
      const error = errorFor(outcome, `${name}/${file}`);
      expect(error, file).toBeDefined();
      expect(error!.line).toBeGreaterThanOrEqual(1);
    }
  });

  test('a Strimzi resource cut inside a quoted scalar: exit 2 with the line', async () => {
    const cut = STRIMZI_CONNECT.slice(0, STRIMZI_CONNECT.indexOf('CANARY') + 6);
    const { name, outcome } = await hostile({ 'k8s/connect.yaml': cut });
    expectFailClosed(outcome, `${name}/k8s/connect.yaml`, { withLine: true });
    expect(allOutput(outcome)).not.toContain('CANARY');
  });
});

describe('random bytes', () => {
  test('random bytes in every kind of input: findings or one-line errors, never a crash', async () => {
    const noise = randomBytes(64 * 1024, 0xc0ffee);
    const { name, outcome } = await hostile({
      'random.properties': noise,
      'random.json': Buffer.concat([Buffer.from('{"connector.class": "'), noise]),
      'random.yaml': Buffer.concat([Buffer.from('kind: KafkaConnect\n'), noise]),
      'random.conf': Buffer.concat([Buffer.from('KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n'), noise]),
      'random.js': Buffer.concat([Buffer.from("import { Kafka } from 'kafkajs';\n"), noise]),
      random: noise,
    });
    expect(outcome.json.code).toBe(2);
    expectFailClosed(outcome, `${name}/random.json`, { withLine: true });
    for (const error of outcome.json.report.errors) expect(error.line, JSON.stringify(error)).toBeGreaterThanOrEqual(1);
  });
});

describe('encodings and line ends', () => {
  const connector = (password: string): string => `{\n  "name": "s",\n  "config": {\n    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",\n    "connection.password": "${password}"\n  }\n}\n`;
  const passwordFinding = (outcome: ScanOutcome, file: string) => findingsIn(outcome, file).find((finding) => finding.ruleId === 'cleartext-password');

  test('a UTF-16 connector .json (with or without a byte-order mark) is read and refused, not passed over', async () => {
    const json = connector('CANARY-utf16');
    const { name, outcome } = await hostile({
      'utf16le.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
      'utf16be.json': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]),
      'utf16-no-bom.json': Buffer.from(json, 'utf16le'),
    });
    for (const file of ['utf16le.json', 'utf16be.json', 'utf16-no-bom.json']) expectFailClosed(outcome, `${name}/${file}`, { withLine: true, message: /UTF-16/ });
  });

  test('a UTF-16 Strimzi resource is not silently passed over', async () => {
    const { name, outcome } = await hostile({ 'utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STRIMZI_CONNECT, 'utf16le')]) });
    const file = `${name}/utf16.yaml`;
    // Either read (findings) or refused (an error): never nothing at all.
    expect(findingsIn(outcome, file).length > 0 || errorFor(outcome, file) !== undefined, JSON.stringify(outcome.json.report.errors)).toBe(true);
  });

  test('invalid UTF-8 inside values: read, findings reported, no crash', async () => {
    const bad = Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]);
    const { name, outcome } = await hostile({
      'connector.json': Buffer.concat([Buffer.from('{\n  "connector.class": "io.X",\n  "connection.password": "CANARY-'), bad, Buffer.from('"\n}\n')]),
      'connect.yaml': Buffer.concat([Buffer.from(STRIMZI_CONNECT), Buffer.from('    ssl.key.password: "CANARY-'), bad, Buffer.from('"\n')]),
    });
    expect([1, 2]).toContain(outcome.json.code);
    expect(allOutput(outcome)).not.toContain('CANARY');
    expect(errorFor(outcome, `${name}/connector.json`)).toBeUndefined();
    expect(findingsIn(outcome, `${name}/connector.json`).some((finding) => finding.ruleId === 'cleartext-password')).toBe(true);
  });

  test('a UTF-8 byte-order mark: positions are unchanged', async () => {
    const { name, outcome } = await hostile({ 'plain.json': connector('CANARY-1'), 'bom.json': `\ufeff${connector('CANARY-1')}`, 'bom.yaml': `\ufeff${STRIMZI_CONNECT}`, 'plain.yaml': STRIMZI_CONNECT });
    expect(outcome.json.code).toBe(1);
    const plain = passwordFinding(outcome, `${name}/plain.json`);
    expect(plain?.line).toBe(5);
    expect(passwordFinding(outcome, `${name}/bom.json`)?.line).toBe(5);
    const lines = (file: string) => findingsIn(outcome, `${name}/${file}`).map((finding) => `${finding.ruleId}:${finding.line}`).sort();
    expect(lines('bom.yaml')).toEqual(lines('plain.yaml'));
  });

  test('CRLF and lone CR line ends: the same findings on the same lines as LF', async () => {
    const properties = 'process.roles=broker\nnode.id=1\nlisteners=PLAINTEXT://:9092\nssl.keystore.password=CANARY-crlf\n';
    const { name, outcome } = await hostile({
      'lf/server.properties': properties,
      'crlf/server.properties': properties.replace(/\n/g, '\r\n'),
      'cr/server.properties': properties.replace(/\n/g, '\r'),
      'lf/c.json': connector('CANARY-2'),
      'crlf/c.json': connector('CANARY-2').replace(/\n/g, '\r\n'),
      'cr/c.json': connector('CANARY-2').replace(/\n/g, '\r'),
      'lf/connect.yaml': STRIMZI_CONNECT,
      'crlf/connect.yaml': STRIMZI_CONNECT.replace(/\n/g, '\r\n'),
    });
    expect(outcome.json.code).toBe(1);
    const lines = (file: string) => findingsIn(outcome, `${name}/${file}`).map((finding) => `${finding.ruleId}:${finding.line}`).sort();
    for (const file of ['server.properties', 'c.json', 'connect.yaml']) {
      expect(lines(`lf/${file}`).length, file).toBeGreaterThan(0);
      expect(lines(`crlf/${file}`), `crlf/${file}`).toEqual(lines(`lf/${file}`));
      if (file !== 'connect.yaml') expect(lines(`cr/${file}`), `cr/${file}`).toEqual(lines(`lf/${file}`));
    }
    expect(allOutput(outcome)).not.toContain('CANARY');
  });

  test('YAML with lone CR line ends (a YAML 1.2 line break) is read like LF, or refused', async () => {
    const { name, outcome } = await hostile({ 'lf/connect.yaml': STRIMZI_CONNECT, 'cr/connect.yaml': STRIMZI_CONNECT.replace(/\n/g, '\r') });
    const lines = (file: string) => findingsIn(outcome, `${name}/${file}`).map((finding) => `${finding.ruleId}:${finding.line}`).sort();
    if (!errorFor(outcome, `${name}/cr/connect.yaml`)) expect(lines('cr/connect.yaml')).toEqual(lines('lf/connect.yaml'));
  });
});

describe('deep nesting, long lines, alias bombs', () => {
  test('200,000 nested brackets in a connector .json: exit 2 at the bracket that goes too deep', async () => {
    const deep = `{"connector.class": "io.X",\n "config": ${'['.repeat(200_000)}${']'.repeat(200_000)}}\n`;
    const { name, outcome } = await hostile({ 'deep.json': deep, 'deep-objects.json': `{"connector.class": "io.X", "a": ${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}}` });
    expectFailClosed(outcome, `${name}/deep.json`, { withLine: true, message: /nested deeper/ });
    expect(errorFor(outcome, `${name}/deep.json`)!.line).toBe(2);
    expectFailClosed(outcome, `${name}/deep-objects.json`, { withLine: true, message: /nested deeper/ });
  });

  test('200,000 nested brackets in YAML and in a JAAS file', async () => {
    const { name, outcome } = await hostile({
      'deep.yaml': `kind: KafkaConnect\nspec:\n  config: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`,
      'deep-block.yaml': `kind: KafkaConnect\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n`,
      'kafka_server_jaas.conf': `KafkaServer {\n org.apache.kafka.common.security.plain.PlainLoginModule required\n${'{'.repeat(200_000)}${'}'.repeat(200_000)};\n};\n`,
    });
    expect([1, 2]).toContain(outcome.json.code);
    expectFailClosed(outcome, `${name}/deep.yaml`, { withLine: true });
  });

  test('a 5 MB line in each syntax: findings, in bounded time, the value never printed', async () => {
    const huge = (unit: string) => unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    const { name, outcome } = await hostile({
      'big/server.properties': `listeners=SASL_SSL://:9093\nssl.keystore.password=CANARY${huge('x')}\nsasl.jaas.config=${huge('${')}\nlisteners.x=${huge('://')}\n`,
      'big/connector.json': `{"connector.class": "io.X", "connection.password": "CANARY${huge('a')}", "connection.url": "${huge('\\\\')}"}\n`,
      'big/connect.yaml': `${STRIMZI_CONNECT}    ssl.key.password: CANARY${huge('a:')}a\n`,
    });
    expect(outcome.json.code).toBe(1);
    for (const file of ['server.properties', 'connector.json']) expect(findingsIn(outcome, `${name}/big/${file}`).some((finding) => finding.ruleId === 'cleartext-password'), file).toBe(true);
    expect(findingsIn(outcome, `${name}/big/connect.yaml`).length).toBeGreaterThan(0);
    expect(allOutput(outcome)).not.toContain('CANARY');
    expect(allOutput(outcome).length).toBeLessThan(1024 * 1024);
  }, 120_000);

  test('a YAML alias bomb (billion laughs) in a Strimzi resource: exit 2, not a hang or out of memory', async () => {
    const levels = ['    a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 9; i++) levels.push(`    a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]`);
    const bomb = `${STRIMZI_CONNECT}${levels.join('\n')}\n`;
    const { name, outcome } = await hostile({ 'bomb.yaml': bomb, 'merge-bomb.yaml': `${STRIMZI_CONNECT}    base: &b {x: 1}\n${Array.from({ length: 30 }, (_, i) => `    m${i}: &m${i}\n      <<: [${i === 0 ? '*b' : `*m${i - 1}, *m${i - 1}`}]`).join('\n')}\n` });
    expectFailClosed(outcome, `${name}/bomb.yaml`, { message: /alias/ });
    expect(outcome.json.report.errors.length).toBeGreaterThanOrEqual(1);
  });
});

describe('size cap', () => {
  test('a 100 MB file (sparse) is refused with a clear message, the others are read', async () => {
    const name = `case-${++cases}`;
    writeTree(join(base, name), { [GOOD_FILE]: GOOD_CONTENT, 'big.properties': '', 'big.json': '', 'big.yaml': '' });
    for (const file of ['big.properties', 'big.json', 'big.yaml']) truncateSync(join(base, name, file), 100 * 1024 * 1024);
    const outcome = await scanBoth(base, name);
    expectGoodFileReported(outcome, name);
    for (const file of ['big.properties', 'big.json', 'big.yaml']) expectFailClosed(outcome, `${name}/${file}`, { message: /larger than 16 MiB/ });
  });

  test('a connector padded with 200 KB of blanks before its first key is still found', async () => {
    const { name, outcome } = await hostile({ 'padded.json': `${' '.repeat(200 * 1024)}{"connector.class": "io.X", "connection.password": "CANARY-padded"}\n` });
    expect(findingsIn(outcome, `${name}/padded.json`).some((finding) => finding.ruleId === 'cleartext-password')).toBe(true);
  });
});

describe('symbolic links', () => {
  test('loops end: each folder is walked once, the scan finishes', async () => {
    const { outcome } = await hostile({
      'loop': { symlink: '.' },
      'deep/up': { symlink: '../..' },
      'self.properties': { symlink: 'self.properties' },
      'a.json': { symlink: 'b.json' },
      'b.json': { symlink: 'a.json' },
      'dangling.properties': { symlink: 'no-such-file' },
    });
    expect(outcome.json.code).toBe(1);
    expect(outcome.json.report.errors).toEqual([]);
  });

  test('links out of the scan root are never followed: the outside file is never opened, its canary never printed', async () => {
    const outside = join(base, `outside-${++cases}`);
    writeTree(outside, {
      'server.properties': 'process.roles=broker\nnode.id=1\nlisteners=PLAINTEXT://OUTSIDECANARY1.example:9092\nssl.keystore.password=OUTSIDECANARY2\n',
      'connector.json': '{"connector.class": "OUTSIDECANARY3", "connection.password": "OUTSIDECANARY4"}',
      gitignore: 'good/\n*.properties\n',
      'sub/x.properties': 'listeners=PLAINTEXT://OUTSIDECANARY5:9092\n',
    });
    const opened: string[] = [];
    const record = (path: unknown): void => {
      if (typeof path !== 'string' && !(path instanceof URL)) return;
      try {
        opened.push(realpathSync(typeof path === 'string' ? resolve(base, path) : path));
      } catch {
        // a path that does not resolve opens nothing
      }
    };
    const restore = ['openSync', 'readFileSync', 'readdirSync', 'opendirSync', 'createReadStream'].map((fn) =>
      patchBuiltin('node:fs', fn, (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
        record(args[0]);
        return original(...args);
      }),
    );
    let result;
    try {
      result = await hostile({
        'relative.properties': { symlink: `../${outside.slice(base.length + 1)}/server.properties` },
        'absolute.json': { symlink: join(outside, 'connector.json') },
        'linked-folder': { symlink: outside },
        'nested/linked-folder': { symlink: join(outside, 'sub') },
        '.gitignore': { symlink: join(outside, 'gitignore') },
        'nested/.gitignore': { symlink: join(outside, 'gitignore') },
      });
    } finally {
      for (const undo of restore) undo();
    }
    const { name, outcome } = result;
    expect(allOutput(outcome)).not.toMatch(/OUTSIDECANARY/);
    expect(opened.filter((path) => path === outside || path.startsWith(`${outside}/`))).toEqual([]);
    // The linked .gitignore (which ignores good/ and *.properties) was not applied either.
    expect(outcome.json.report.findings.some((finding) => finding.file.startsWith(`${name}/linked-folder`))).toBe(false);
    expect(outcome.json.code).toBe(1);
  });

  test('a THREAT_MODEL.md that is a link out of the scan root is not read', async () => {
    const outside = join(base, `outside-${++cases}`);
    writeTree(outside, { 'THREAT_MODEL.md': '# x\n## §5 Postures\n```yaml threat-model\ndefault: development\n```\n' });
    const name = `case-${++cases}`;
    writeTree(join(base, name), { [GOOD_FILE]: GOOD_CONTENT, 'THREAT_MODEL.md': { symlink: join(outside, 'THREAT_MODEL.md') } });
    const outcome = await scanBoth(base, name);
    expectOneLineErrors(outcome);
    // Read, it would make the PLAINTEXT listener BY-DESIGN (development) and the run pass.
    expect(outcome.json.report.findings.find((finding) => finding.ruleId === 'plaintext-listener')?.classification).toBe('VALID');
  });
});

describe('unreadable files and folders', () => {
  test('a file or folder the system refuses (EACCES, simulated: tests run as root): exit 2 naming each, the rest reported', async () => {
    const name = `case-${++cases}`;
    const folder = join(base, name);
    writeTree(folder, {
      [GOOD_FILE]: GOOD_CONTENT,
      'locked.properties': 'listeners=PLAINTEXT://:9092\n',
      'locked.json': '{"connector.class": "io.X"}',
      'locked.yaml': 'kind: KafkaConnect\n',
      'locked-folder/server.properties': 'listeners=PLAINTEXT://:9092\n',
      'locked-but-irrelevant.txt': 'x',
    });
    const locked = new Set(['locked.properties', 'locked.json', 'locked.yaml', 'locked-folder', 'locked-but-irrelevant.txt'].map((file) => join(folder, file)));
    const refuse = (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
      if (typeof args[0] === 'string' && locked.has(resolve(base, args[0]))) throw Object.assign(new Error(`EACCES: permission denied, open '${args[0]}'`), { code: 'EACCES' });
      return original(...args);
    };
    const restore = ['openSync', 'readFileSync', 'readdirSync'].map((fn) => patchBuiltin('node:fs', fn, refuse));
    let outcome: ScanOutcome;
    try {
      outcome = await scanBoth(base, name);
    } finally {
      for (const undo of restore) undo();
    }
    expectGoodFileReported(outcome, name);
    for (const file of ['locked.properties', 'locked.json', 'locked.yaml', 'locked-folder']) expectFailClosed(outcome, `${name}/${file}`, { message: /EACCES/ });
    expect(errorFor(outcome, `${name}/locked-but-irrelevant.txt`)).toBeUndefined();
  });

  test.skipIf(isRoot)('chmod 000 files and folders (as a non-root user): exit 2 naming each', async () => {
    const name = `case-${++cases}`;
    const folder = join(base, name);
    writeTree(folder, { [GOOD_FILE]: GOOD_CONTENT, 'locked.properties': 'listeners=PLAINTEXT://:9092\n', 'locked-folder/server.properties': 'x=1\n' });
    chmodSync(join(folder, 'locked.properties'), 0o000);
    chmodSync(join(folder, 'locked-folder'), 0o000);
    try {
      const outcome = await scanBoth(base, name);
      expectGoodFileReported(outcome, name);
      expectFailClosed(outcome, `${name}/locked.properties`, { message: /EACCES/ });
      expectFailClosed(outcome, `${name}/locked-folder`, { message: /EACCES/ });
    } finally {
      chmodSync(join(folder, 'locked-folder'), 0o755);
    }
  });

  const hasMkfifo = ['/usr/bin/mkfifo', '/bin/mkfifo'].some((path) => existsSync(path));
  test.skipIf(!hasMkfifo)('a named pipe is never opened: in a folder it is passed over, named on the command line it is an error (no hang)', async () => {
    const name = `case-${++cases}`;
    const folder = join(base, name);
    writeTree(folder, { [GOOD_FILE]: GOOD_CONTENT });
    execFileSync('mkfifo', [join(folder, 'server.properties'), join(folder, 'connector.json')]);
    const inFolder = await scanBoth(base, name);
    expectOneLineErrors(inFolder);
    expectGoodFileReported(inFolder, name);
    expect(inFolder.json.code).toBe(1);
    const named = await runCli(['scan', `${name}/server.properties`, `${name}/${GOOD_FILE}`, '--format', 'json'], base);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(`${name}/server.properties: error: not a regular file or folder; not read\n`);
  });

  test('a folder named THREAT_MODEL.md: exit 2, one line, no stack trace; --debug shows one', async () => {
    const name = `case-${++cases}`;
    writeTree(join(base, name), { [GOOD_FILE]: GOOD_CONTENT });
    mkdirSync(join(base, name, 'THREAT_MODEL.md'));
    const plain = await runCli(['scan', name], base);
    expect(plain.code).toBe(2);
    expect(plain.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    expect(plain.stderr).toBe(`${name}/THREAT_MODEL.md:1:1: error: the threat model cannot be read: not a regular file\n`);
    const debug = await runCli(['scan', name, '--debug'], base);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});

describe('internal errors', () => {
  test('an unexpected error prints its kind, not its message (which may quote the input), and a stack only with --debug', async () => {
    const name = `case-${++cases}`;
    writeTree(join(base, name), { [GOOD_FILE]: GOOD_CONTENT, 'THREAT_MODEL.md': '# x\n' });
    const restore = patchBuiltin('node:fs', 'openSync', (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].endsWith(`${name}/THREAT_MODEL.md`)) throw new TypeError('Cannot convert CANARY-internal-secret to a BigInt');
      return original(...args);
    });
    try {
      const plain = await runCli(['scan', name], base);
      expect(plain).toEqual({ code: 2, stdout: '', stderr: 'connect-audit: internal error (TypeError); rerun with --debug for details\n' });
      const debug = await runCli(['scan', name, '--debug'], base);
      expect(debug.code).toBe(2);
      expect(debug.stderr).toMatch(/^\s+at /m);
    } finally {
      restore();
    }
  });
});

describe('a file that is valid for one reader and hostile for another', () => {
  test('a .properties file of NULs, control characters and lone surrogates reads without a crash', async () => {
    let text = '';
    for (let code = 0; code < 0x100; code++) text += `k${code}=${String.fromCharCode(code)}\\u00${code.toString(16).padStart(2, '0')}\n`;
    const { outcome } = await hostile({ 'controls.properties': text, 'surrogates.json': `{"connector.class": "io.X", "a": "\\ud800", "b": "\ud800"}` });
    expect([1, 2]).toContain(outcome.json.code);
  });

  test('a JSON file whose only content is a BOM or whitespace is an error with a line, not a crash', async () => {
    const { name, outcome } = await hostile({ 'empty.json': '\ufeff', 'blank.json': '   \n\t\n', 'only-key.json': '{"connector.class"' });
    expectFailClosed(outcome, `${name}/only-key.json`, { withLine: true });
  });
});
