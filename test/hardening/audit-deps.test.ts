/**
 * scripts/audit-deps.mjs: summarises `npm audit --omit=dev --json`, exits 1 on a vulnerable
 * runtime dependency, and 0 with a warning when the registry does not answer. A fake `npm`
 * on PATH plays the registry (the test starts processes; connect-audit never does).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixtures.js';
import { removeDir, tempDir } from './helpers.js';

const bin = tempDir('fake-npm');
afterAll(() => removeDir(bin));

function audit(report: unknown, exitCode: number, args: string[] = []): { code: number | null; stdout: string; stderr: string } {
  const payload = join(bin, 'report.json');
  writeFileSync(payload, typeof report === 'string' ? report : JSON.stringify(report));
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\n[ "$1 $2 $3" = "audit --omit=dev --json" ] || exit 99\ncat '${payload}'\nexit ${exitCode}\n`);
  chmodSync(join(bin, 'npm'), 0o755);
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/audit-deps.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const metadata = (counts: Record<string, number>) => ({ vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts }, dependencies: { prod: 6, total: 6 } });

describe('scripts/audit-deps.mjs', () => {
  test('clean: exit 0 and one line', () => {
    const result = audit({ auditReportVersion: 2, vulnerabilities: {}, metadata: metadata({}) }, 0);
    expect(result).toEqual({ code: 0, stdout: 'audit-deps: no known vulnerabilities in 6 runtime dependencies (npm audit --omit=dev)\n', stderr: '' });
  });

  test('a vulnerable runtime dependency: exit 1, each package with severity, advisory and fix', () => {
    const result = audit(
      {
        auditReportVersion: 2,
        vulnerabilities: {
          yaml: { name: 'yaml', severity: 'high', isDirect: true, range: '<2.2.2', via: [{ title: 'Uncaught exception in yaml', url: 'https://github.com/advisories/GHSA-f9xv-q969-pqx4' }], fixAvailable: true },
          '@babel/types': { name: '@babel/types', severity: 'low', isDirect: false, range: '<7.0.1', via: ['@babel/parser'], fixAvailable: false },
        },
        metadata: metadata({ high: 1, low: 1, total: 2 }),
      },
      1,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'audit-deps: 2 vulnerable runtime packages (1 high, 1 low)',
        '  high     yaml <2.2.2 — Uncaught exception in yaml https://github.com/advisories/GHSA-f9xv-q969-pqx4 — fix: npm audit fix',
        '  low      @babel/types (transitive) <7.0.1 — via @babel/parser — no fix yet',
        '',
      ].join('\n'),
    );
  });

  test('the registry does not answer: a warning, exit 0', () => {
    const refused = audit({ message: '405 Method Not Allowed', statusCode: 405, error: { summary: '', detail: '' } }, 1);
    expect(refused.code).toBe(0);
    expect(refused.stderr).toMatch(/^audit-deps: warning: the registry did not answer the audit \(405: 405 Method Not Allowed\); runtime dependencies NOT checked\n$/);
    const offline = audit({ error: { code: 'ENOTFOUND', summary: 'request to the registry failed' } }, 1);
    expect(offline.code).toBe(0);
    expect(offline.stderr).toContain('ENOTFOUND');
    const garbage = audit('npm ERR! something', 1);
    expect(garbage.code).toBe(0);
    expect(garbage.stderr).toContain('npm audit gave no report');
  });

  test('--json: a machine-readable summary', () => {
    const result = audit({ auditReportVersion: 2, vulnerabilities: {}, metadata: metadata({}) }, 0, ['--json']);
    expect(JSON.parse(result.stdout)).toEqual({ checked: true, dependencies: 6, counts: metadata({}).vulnerabilities, vulnerabilities: [] });
  });
});
