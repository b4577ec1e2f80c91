import { describe, expect, test, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { run } from '../src/cli/main.js';
import type { Io } from '../src/cli/errors.js';
import { REPORT_FORMATS } from '../src/cli/format-report.js';
import { loadPolicy } from '../src/threat-model/load.js';
import { filesBelow, PROJECT_ROOT } from './helpers/fixtures.js';

/**
 * DESIGN "No secret leaves the scanner", enforced by construction (STYLE habit 9): every
 * secret value in fixtures/ and examples/ contains CANARY, and no output path may print
 * it — no report format, no `inspect`, no `--debug`, no error about a file that breaks in
 * the middle of a secret.
 */
const CANARY = 'CANARY';
const INPUT_FOLDERS = ['fixtures', 'examples'].filter((folder) => existsSync(join(PROJECT_ROOT, folder)));

interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(argv: readonly string[], cwd = PROJECT_ROOT): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env: { NO_COLOR: '1' },
    stdoutIsTty: false,
    stderrIsTty: false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Where a canary was printed, with a little context, or [] when nowhere. */
function leaks(output: string): string[] {
  const out: string[] = [];
  let at = output.indexOf(CANARY);
  while (at !== -1 && out.length < 5) {
    out.push(output.slice(Math.max(0, at - 80), at + 30).replace(/\s+/g, ' '));
    at = output.indexOf(CANARY, at + CANARY.length);
  }
  return out;
}

function expectNoLeak(result: Captured, what: string): void {
  expect(leaks(result.stdout), `${what}: stdout`).toEqual([]);
  expect(leaks(result.stderr), `${what}: stderr`).toEqual([]);
}

/** A formatter another engineer has not finished says so; that format is skipped, not failed. */
function notAvailable(result: Captured): boolean {
  return /not available yet/i.test(result.stderr + result.stdout);
}

describe('no secret leaves the scanner', () => {
  test('the fixtures hold canaries (otherwise this test proves nothing)', () => {
    const texts = INPUT_FOLDERS.flatMap((folder) => filesBelow(join(PROJECT_ROOT, folder))).map((file) => readFileSync(file, 'latin1'));
    expect(texts.filter((text) => text.includes(CANARY)).length).toBeGreaterThan(20);
  });

  describe.each(REPORT_FORMATS.map((format) => [format] as const))('scan --format %s', (format) => {
    test.each([
      ['every finding', ['--show-all', '--include-suppressed']],
      ['with --debug', ['--debug']],
    ])('%s', async (_label, extra) => {
      const result = await cli(['scan', ...INPUT_FOLDERS, '--format', format, '--fail-on', 'none', '--no-gitignore', ...extra]);
      if (notAvailable(result)) return;
      expect(result.stdout.length, 'the report is not empty').toBeGreaterThan(0);
      expectNoLeak(result, `scan --format ${format}`);
    });

    test('--output FILE', async () => {
      const directory = mkdtempSync(join(tmpdir(), 'connect-audit-leak-'));
      try {
        const output = join(directory, `report.${format}`);
        const result = await cli(['scan', ...INPUT_FOLDERS, '--format', format, '--fail-on', 'none', '--no-gitignore', '--output', output]);
        if (notAvailable(result)) return;
        expectNoLeak(result, `scan --format ${format} --output`);
        expect(leaks(readFileSync(output, 'utf8')), `the ${format} report file`).toEqual([]);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    });
  });

  test('the scan does find the canaries (they are reported, redacted)', async () => {
    const result = await cli(['scan', ...INPUT_FOLDERS, '--format', 'json', '--fail-on', 'none', '--no-gitignore']);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string }[] };
    const secretRules = new Set(['cleartext-password', 'jaas-inline-credential', 'url-embedded-credential', 'private-key-material', 'cloud-access-key']);
    expect(report.findings.filter((finding) => secretRules.has(finding.ruleId)).length).toBeGreaterThan(50);
  });

  const inputs = INPUT_FOLDERS.flatMap((folder) => filesBelow(join(PROJECT_ROOT, folder)))
    .filter((file) => !file.endsWith('.expect.yaml') && !file.endsWith('.tsv') && !file.endsWith('.md'))
    .map((file) => relative(PROJECT_ROOT, file).split('\\').join('/'))
    .filter((file) => readFileSync(join(PROJECT_ROOT, file), 'latin1').includes(CANARY));

  test.each(inputs.map((file) => [file] as const))('inspect %s', async (file) => {
    for (const format of ['text', 'json']) {
      const result = await cli(['inspect', file, '--format', format]);
      expectNoLeak(result, `inspect --format ${format} ${file}`);
    }
  });
});

/**
 * Files that break in the middle of a secret: the error names the file and the line and
 * quotes nothing. Each holds a canary right where the parser gives up.
 */
const BROKEN: readonly [string, string][] = [
  ['broken-connector.json', '{\n  "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",\n  "connection.password": "CANARY-unterminated-1\n'],
  ['unquoted-connector.json', '{\n  "connector.class": "x",\n  "connection.password": CANARY-unquoted-2\n}\n'],
  ['identifier-connector.json', '{\n  "connector.class": "x",\n  "connection.password": CANARY_identifier_3\n}\n'],
  // @babel/parser names private identifiers in its messages ("…(`obj.#name`)…").
  ['private-name-connector.json', '{\n  "connector.class": "x",\n  "connection.password": #CANARY_private_4\n}\n'],
  ['private-member-connector.json', '{\n  "connector.class": "x",\n  "connection.password": this.#CANARY_private_5\n}\n'],
  // V8 quotes the unexpected token; Babel quotes the character after a complete expression.
  ['trailing-text-connector.json', '{\n  "connector.class": "x",\n  "connection.password": "p"\n}\nCANARY-after-6\n'],
  ['single-quoted-connector.json', "{\n  \"connector.class\": \"x\",\n  'connection.password': 'CANARY-single-5'\n}\n"],
  ['trailing-comma-connector.json', '{\n  "connector.class": "x",\n  "connection.password": "CANARY-comma-6",\n}\n'],
  ['bad-escape.properties', 'bootstrap.servers=kafka:9093\nssl.keystore.password=CANARY-escape-7\\uZZ\n'],
  ['short-escape.properties', 'bootstrap.servers=kafka:9093\nssl.keystore.password=CANARY-escape-8\\u00'],
  ['kafka_server_jaas.conf', 'KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  password="CANARY-jaas-9\n'],
  ['kafka_client_jaas.conf', 'KafkaClient {\n  org.apache.kafka.common.security.plain.PlainLoginModule required password="CANARY-jaas-10";\n'],
  ['docker-compose.yml', 'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.0\n    environment:\n      KAFKA_SSL_KEYSTORE_PASSWORD: "CANARY-yaml-11\n      KAFKA_BROKER_ID: 1\n'],
  ['strimzi-connect.yaml', 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnect\nspec:\n  config:\n    connection.password: [CANARY-yaml-12\n'],
  ['tabs-compose.yaml', 'services:\n  connect:\n    environment:\n\t  CONNECT_SASL_JAAS_CONFIG: password="CANARY-yaml-13"\n'],
];

async function expectBrokenFileQuotesNothing(name: string, text: string): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'connect-audit-broken-'));
  try {
    mkdirSync(join(directory, 'prod'));
    const file = join(directory, 'prod', name);
    writeFileSync(file, text, 'latin1');
    for (const format of REPORT_FORMATS) {
      for (const debug of [[], ['--debug']]) {
        const result = await cli(['scan', 'prod', '--format', format, ...debug], directory);
        if (notAvailable(result)) continue;
        expectNoLeak(result, `scan --format ${format} ${debug.join(' ')} ${name}`);
      }
    }
    for (const debug of [[], ['--debug']]) {
      const result = await cli(['inspect', join('prod', name), ...debug], directory);
      expectNoLeak(result, `inspect ${debug.join(' ')} ${name}`);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe("the yaml package's debug output (LOG_TOKENS, LOG_STREAM) stays off", () => {
  // Its Node build prints every token it reads when either is set: a scanned file, secrets and all.
  const YAML_WITH_SECRET = 'fixtures/secrets-benchmark/set/dev/docker-compose.yml';
  const DEBUG = { LOG_TOKENS: '1', LOG_STREAM: '1' };

  /** Runs `work` with both variables set and console output caught; returns what was printed. */
  async function printedWithDebugVariables(work: () => unknown): Promise<unknown[]> {
    const printed: unknown[] = [];
    const spies = (['log', 'dir', 'info', 'warn', 'error'] as const).map((name) => vi.spyOn(console, name).mockImplementation((...args: unknown[]) => void printed.push(...args)));
    const before = { LOG_TOKENS: process.env.LOG_TOKENS, LOG_STREAM: process.env.LOG_STREAM };
    Object.assign(process.env, DEBUG);
    try {
      await work();
      expect({ LOG_TOKENS: process.env.LOG_TOKENS, LOG_STREAM: process.env.LOG_STREAM }, 'the variables are put back').toEqual(DEBUG);
      return printed;
    } finally {
      for (const spy of spies) spy.mockRestore();
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  }

  test('in the process (dist/ and the library load the installed package), and the variables are put back', async () => {
    expect(readFileSync(join(PROJECT_ROOT, YAML_WITH_SECRET), 'utf8')).toContain(CANARY);
    const printed = await printedWithDebugVariables(async () => {
      const result = await cli(['scan', YAML_WITH_SECRET, '--format', 'json', '--fail-on', 'none']);
      expect((JSON.parse(result.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    });
    expect(printed).toEqual([]);
  });

  test("in the process, for a THREAT_MODEL.md's policy blocks too", async () => {
    const printed = await printedWithDebugVariables(() => {
      expect(loadPolicy(readFileSync(join(PROJECT_ROOT, 'THREAT_MODEL.md'), 'utf8'), 'THREAT_MODEL.md').path).toBe('THREAT_MODEL.md');
    });
    expect(printed).toEqual([]);
  });

  test('in the shipped command', () => {
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'connect-audit.cjs'), 'scan', YAML_WITH_SECRET, '--format', 'json', '--fail-on', 'none'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...DEBUG },
    });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    expectNoLeak({ code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }, 'the bundle with LOG_TOKENS and LOG_STREAM');
  });
});

describe('errors about broken files quote nothing', () => {
  test.each(BROKEN.map(([name, text]) => [name, text] as const))('%s', async (name, text) => {
    await expectBrokenFileQuotesNothing(name, text);
  });

  test('a broken file fails the scan with exit code 2 and names its line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'connect-audit-broken-'));
    try {
      writeFileSync(join(directory, 'kafka_server_jaas.conf'), BROKEN.find(([name]) => name === 'kafka_server_jaas.conf')![1]);
      const result = await cli(['scan', '.', '--format', 'text'], directory);
      expect(result.code).toBe(2);
      expect(result.stdout + result.stderr).toMatch(/kafka_server_jaas\.conf:3:\d+/);
      expectNoLeak(result, 'broken JAAS file');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
