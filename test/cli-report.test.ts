import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { PROJECT_ROOT } from './helpers/fixtures.js';

/**
 * Files are named one by one: a single folder argument would become the scan root, and
 * THREAT_MODEL.md's development glob (dev folders) is matched against paths below the root.
 *
 * Exit codes of the report flags (DESIGN.md: 0 nothing at or above the threshold in the
 * fail-on classes, 1 such findings, 2 usage error or unreadable input), run in-process.
 * A temporary tree: prod/ holds a VALID high finding, dev/ the same one BY-DESIGN.
 */
let root: string;
const RULE = ['--rule', 'plaintext-listener'];
const PROD = 'prod/server.properties';
const DEV = 'dev/server.properties';
const BROKEN = 'broken/connector.json';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'connect-audit-cli-report-'));
  for (const posture of ['prod', 'dev']) {
    mkdirSync(join(root, posture));
    writeFileSync(join(root, posture, 'server.properties'), 'process.roles=broker\nnode.id=1\nlisteners=PLAINTEXT://0.0.0.0:9092\n');
  }
  mkdirSync(join(root, 'broken'));
  writeFileSync(join(root, 'broken', 'connector.json'), readFileSync(join(PROJECT_ROOT, 'fixtures', 'cli', 'broken', 'connector.json')));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const cli = (args: string[]) => runCli(['scan', ...args], root);

describe('--fail-on', () => {
  test('default VALID: 1 with a VALID finding, 0 with only BY-DESIGN', async () => {
    expect((await cli([PROD, ...RULE])).code).toBe(1);
    expect((await cli([DEV, ...RULE])).code).toBe(0);
  });
  test('BY-DESIGN fails on the development finding, not on the production one', async () => {
    expect((await cli([DEV, ...RULE, '--fail-on', 'BY-DESIGN'])).code).toBe(1);
    expect((await cli([PROD, ...RULE, '--fail-on', 'by-design'])).code).toBe(0);
  });
  test('a list, and none', async () => {
    expect((await cli([DEV, ...RULE, '--fail-on', 'VALID,OUT-OF-MODEL'])).code).toBe(0);
    expect((await cli([PROD, DEV, ...RULE, '--fail-on', 'none'])).code).toBe(0);
  });
  test('an unknown class is a usage error (2)', async () => {
    const result = await cli([PROD, ...RULE, '--fail-on', 'CRITICAL']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('connect-audit: --fail-on takes VALID, BY-DESIGN, OUT-OF-MODEL or none, not "CRITICAL"\n');
  });
});

describe('--min-severity', () => {
  test('at or below the finding: 1; above it: 0 and the finding is not reported', async () => {
    expect((await cli([PROD, ...RULE, '--min-severity', 'high'])).code).toBe(1);
    const above = await cli([PROD, ...RULE, '--min-severity', 'critical', '--format', 'json']);
    expect(above.code).toBe(0);
    expect((JSON.parse(above.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });
  test('an unknown severity is a usage error (2)', async () => {
    expect((await cli([PROD, ...RULE, '--min-severity', 'severe'])).code).toBe(2);
  });
});

describe('--include-suppressed and --category (SARIF)', () => {
  interface Sarif {
    runs: { automationDetails: { id: string }; results: { properties: { classification: string }; suppressions?: unknown[]; partialFingerprints: Record<string, string> }[] }[];
  }
  const sarif = (stdout: string): Sarif => JSON.parse(stdout) as Sarif;

  test('the SARIF holds only the fail-on classes by default; the exit code follows --fail-on either way', async () => {
    const plain = await cli([PROD, DEV, ...RULE, '--format', 'sarif']);
    expect(plain.code).toBe(1);
    expect(sarif(plain.stdout).runs[0]!.results.map((result) => result.properties.classification)).toEqual(['VALID']);
    const all = await cli([PROD, DEV, ...RULE, '--format', 'sarif', '--include-suppressed']);
    expect(all.code).toBe(1);
    const results = sarif(all.stdout).runs[0]!.results;
    expect(results.map((result) => result.properties.classification).sort()).toEqual(['BY-DESIGN', 'VALID']);
    expect(results.find((result) => result.properties.classification === 'BY-DESIGN')!.suppressions).toHaveLength(1);
    // GitHub tracks a result across commits by its fingerprint: the CLI computes them for SARIF.
    for (const result of results) expect(result.partialFingerprints['connectAuditFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/);
    const devOnly = await cli([DEV, ...RULE, '--format', 'sarif', '--include-suppressed']);
    expect(devOnly.code).toBe(0);
  });

  test('--category sets automationDetails.id (a trailing / is added); default connect-audit/', async () => {
    expect(sarif((await cli([PROD, ...RULE, '--format', 'sarif'])).stdout).runs[0]!.automationDetails.id).toBe('connect-audit/');
    const categorized = await cli([PROD, ...RULE, '--format', 'sarif', '--category', 'kafka-prod']);
    expect(categorized.code).toBe(1);
    expect(sarif(categorized.stdout).runs[0]!.automationDetails.id).toBe('kafka-prod/');
  });

  test('--output writes the SARIF file; exit 2 on an unparsable input, with the error on stderr and in the SARIF', async () => {
    const result = await cli([PROD, BROKEN, ...RULE, '--format', 'sarif', '--output', 'out/report.sarif']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^broken\/connector\.json:6:3: error: not valid JSON/m);
    const written = JSON.parse(readFileSync(join(root, 'out', 'report.sarif'), 'utf8')) as { runs: { invocations: { executionSuccessful: boolean }[] }[] };
    expect(written.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
  });
});

describe('--format markdown and compact', () => {
  test('markdown: same exit codes; the summary names the failing findings', async () => {
    const failing = await cli([PROD, DEV, ...RULE, '--format', 'markdown']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(':x: **1 finding in VALID** fails the check.');
    expect(failing.stdout).toContain('[prod/server.properties:3](prod/server.properties#L3)');
    const passing = await cli([DEV, ...RULE, '--format', 'markdown']);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain('<details>');
  });

  test('markdown links use the GitHub Actions commit when the environment names it', async () => {
    const result = await runCli(['scan', PROD, ...RULE, '--format', 'markdown'], root, {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/kafka-config',
      GITHUB_SHA: '0123abc',
    });
    expect(result.stdout).toContain('](https://github.com/acme/kafka-config/blob/0123abc/prod/server.properties#L3)');
  });

  test('compact: one file:line:column line per failing finding, and a summary', async () => {
    const result = await cli([PROD, DEV, ...RULE, '--format', 'compact']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'prod/server.properties:3:11: high plaintext-listener: Listener PLAINTEXT on 0.0.0.0:9092 uses PLAINTEXT: no encryption, no authentication. [VALID]\n' +
        'connect-audit: 1 finding in VALID; 1 more accepted or out of model (--show-all lists them); 0 errors; 2 files\n',
    );
  });
});

describe('--context (pre-commit: report the named files, read the rest for context)', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'connect-audit-context-'));
    cpSync(join(PROJECT_ROOT, 'examples'), repo, { recursive: true });
    mkdirSync(join(repo, 'broken'));
    writeFileSync(join(repo, 'broken', 'connector.json'), readFileSync(join(PROJECT_ROOT, 'fixtures', 'cli', 'broken', 'connector.json')));
    // A worker resource that cannot be parsed: context that might have held a worker.
    writeFileSync(join(repo, 'broken', 'kafka-connect.yaml'), 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaConnect\nspec:\n  config: [unclosed\n');
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  test('only the named file is reported, judged with its workers from the folder', async () => {
    const alone = await runCli(['scan', 'prod/connectors/jdbc-sink.json', '--format', 'json'], repo);
    const withContext = await runCli(['scan', '--context', '.', 'prod/connectors/jdbc-sink.json', '--format', 'json'], repo);
    const files = (stdout: string): string[] => [...new Set((JSON.parse(stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file))];
    expect(files(withContext.stdout)).toEqual(['prod/connectors/jdbc-sink.json']);
    expect(withContext.stdout).toContain('prod/connect-distributed.properties');
    expect(alone.stdout).not.toContain('prod/connect-distributed.properties');
    // A context file that cannot be parsed is a warning, not a failure of the named file; context
    // that cannot hold a worker (the broken connector JSON) is not read at all.
    expect(withContext.code).toBe(1);
    expect(withContext.stderr).toMatch(/warning: 1 context file could not be read or parsed \(first: broken\/kafka-connect\.yaml:\d+:\d+\)/);
  });

  test('a named file that cannot be parsed still fails closed (2)', async () => {
    expect((await runCli(['scan', '--context', '.', 'broken/connector.json'], repo)).code).toBe(2);
  });

  test('no named files: nothing to report (0)', async () => {
    expect((await runCli(['scan', '--context', '.'], repo)).code).toBe(0);
  });
});
