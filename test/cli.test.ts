import { describe, expect, test } from 'vitest';
import { runCli } from './helpers/cli.js';

describe('exit codes', () => {
  test('0 when nothing fails the run', async () => {
    const result = await runCli(['scan', 'fixtures/cli/clean', '--rule', 'plaintext-listener']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('0 VALID, 0 BY-DESIGN, 0 OUT-OF-MODEL in 1 file');
  });

  test('1 on a VALID finding, with file:line in the text report', async () => {
    const result = await runCli(['scan', 'fixtures/cli/insecure', '--rule', 'plaintext-listener']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('fixtures/cli/insecure/server.properties');
    expect(result.stdout).toMatch(/3:11 +high +VALID Listener PLAINTEXT on all interfaces:9092 uses PLAINTEXT/);
  });

  test('0 for the development example scanned on its own: its dev/ folder is the root, and still a dev/ folder', async () => {
    const result = await runCli(['scan', 'examples/dev', '--rule', 'authorizer-missing', '--show-all']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('examples/dev/server.properties');
    expect(result.stdout).toMatch(/1:1 +critical +BY-DESIGN No authorizer.class.name is set, .* authorizer-missing\n +§5: accepted in a development deployment \(the path matches \*\*\/dev\/\*\*\)/);
  });

  test('--fail-on none turns findings into exit 0', async () => {
    const result = await runCli(['scan', 'fixtures/cli/insecure', '--rule', 'plaintext-listener', '--fail-on', 'none']);
    expect(result.code).toBe(0);
  });

  test('--min-severity above the finding drops it', async () => {
    const result = await runCli(['scan', 'fixtures/cli/insecure', '--rule', 'plaintext-listener', '--min-severity', 'critical']);
    expect(result.code).toBe(0);
  });

  test('2 on a file that cannot be parsed: one line with file and line, no stack', async () => {
    const result = await runCli(['scan', 'fixtures/cli/broken', '--format', 'json']);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^fixtures\/cli\/broken\/connector\.json:6:3: error: not valid JSON/);
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    const report = JSON.parse(result.stdout) as { errors: { file: string; line: number }[] };
    expect(report.errors).toEqual([expect.objectContaining({ file: 'fixtures/cli/broken/connector.json', line: 6 })]);
  });

  test('2 wins over 1, and the other files are still reported', async () => {
    const result = await runCli(['scan', 'fixtures/cli/mixed', '--rule', 'plaintext-listener']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('fixtures/cli/mixed/server.properties');
    expect(result.stdout).toMatch(/error fixtures\/cli\/mixed\/connector\.json:6:3: not valid JSON/);
  });

  test('2 on a usage error', async () => {
    expect((await runCli(['scan', '--format', 'yaml'])).code).toBe(2);
    expect((await runCli(['scan', '--kafka-version', 'banana'])).code).toBe(2);
    expect((await runCli(['scan', '--fail-on', 'SOMETIMES'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  test('2 on a path that does not exist', async () => {
    const result = await runCli(['scan', 'fixtures/cli/no-such-folder']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('fixtures/cli/no-such-folder: no such file or folder');
  });

  test('2 on an unknown rule, one line', async () => {
    const result = await runCli(['scan', 'fixtures/cli/clean', '--rule', 'no-such-rule']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('connect-audit: unknown rule "no-such-rule" (see connect-audit rules)\n');
  });
});

describe('json report', () => {
  test('carries the DESIGN contract fields', async () => {
    const result = await runCli(['scan', 'fixtures/cli/insecure', '--rule', 'plaintext-listener', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['tool', 'version', 'threatModel', 'kafkaVersion', 'findings', 'errors', 'summary']);
    expect(report.threatModel.path).toBe('<built-in>');
    expect(report.threatModel.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'plaintext-listener',
        severity: 'high',
        classification: 'VALID',
        file: 'fixtures/cli/insecure/server.properties',
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 28,
        key: 'listeners',
        component: 'broker',
        attacker: 'network-client',
      }),
    ]);
    expect(Object.keys(report.findings[0])).toEqual([
      'ruleId', 'title', 'severity', 'classification', 'reason', 'section', 'file', 'line', 'column',
      'endLine', 'endColumn', 'key', 'message', 'component', 'attacker', 'references', 'fingerprint',
    ]);
  });

  test('is byte-identical across runs', async () => {
    const first = await runCli(['scan', 'examples', '--format', 'json']);
    const second = await runCli(['scan', 'examples', '--format', 'json']);
    expect(first.stdout).toBe(second.stdout);
  });
});

describe('other commands', () => {
  test('rules --format json lists every rule with its metadata', async () => {
    const result = await runCli(['rules', '--format', 'json']);
    const catalog = JSON.parse(result.stdout) as { id: string }[];
    expect(catalog.find((rule) => rule.id === 'plaintext-listener')).toEqual({
      id: 'plaintext-listener',
      title: 'Listener accepts unencrypted, unauthenticated connections',
      severity: 'high',
      component: 'broker',
      attacker: 'network-client',
      posture: 'production',
      references: ['CWE-319', 'CWE-306', 'https://kafka.apache.org/documentation/#security_overview'],
    });
  });

  test('explain prints the doc page; an unknown rule is exit 2', async () => {
    const result = await runCli(['explain', 'plaintext-listener']);
    expect(result.stdout.split('\n')[0]).toBe('# plaintext-listener');
    expect((await runCli(['explain', 'nope'])).code).toBe(2);
  });

  test('inspect shows entries with positions and redacts secrets', async () => {
    const result = await runCli(['inspect', 'examples/prod/server.properties', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.file).toBe('examples/prod/server.properties');
    const [doc] = report.documents;
    expect(doc.role).toBe('broker');
    expect(doc.entries).toContainEqual({ key: 'listeners', value: 'CLIENTS://0.0.0.0:9094,REPLICATION://0.0.0.0:9092', line: 7, column: 1, endLine: 7, endColumn: 60 });
    const password = doc.entries.find((entry: { key: string }) => entry.key === 'ssl.keystore.password');
    expect(password.value).toBe('CA…(20 chars)');
    expect(result.stdout).not.toContain('CANARY');
  });
});
