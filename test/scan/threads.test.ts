import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scan, type ScanOptions } from '../../src/scan/scan.js';
import { THREADS_FROM_FILES, threadCount } from '../../src/scan/threads.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

/** The JSON report of the committed bundle over fixtures/ and examples/, with CONNECT_AUDIT_THREADS set. */
function bundleReport(threads: string): { code: number | null; report: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'connect-audit.cjs'), 'scan', 'fixtures', 'examples', '--format', 'json'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONNECT_AUDIT_THREADS: threads },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, report: result.stdout, stderr: result.stderr };
}

describe('pass 1 on worker threads', () => {
  test('the same report, byte for byte, on 0, 1 and 3 threads (connectors judged with their workers, errors, suppressions)', () => {
    const alone = bundleReport('0');
    const parsed = JSON.parse(alone.report) as { findings: unknown[]; errors: unknown[] };
    expect(parsed.findings.length).toBeGreaterThan(100);
    expect(parsed.errors.length).toBeGreaterThan(0);
    // No warning that a worker failed: the workers did the work, not the fallback.
    expect(alone.stderr).not.toContain('worker thread');
    for (const threads of ['1', '3']) expect(bundleReport(threads)).toEqual(alone);
  }, 120_000);

  test('a worker that cannot start is not fatal: its files are judged in the scan\'s own thread', async () => {
    // Under vitest the worker entry (src/cli/main.js, compiled only into dist/) does not exist.
    const options: ScanOptions = { paths: [join(PROJECT_ROOT, 'examples')], cwd: PROJECT_ROOT, today: '2026-01-01' };
    const alone = await scan(options);
    const previous = process.env.CONNECT_AUDIT_THREADS;
    process.env.CONNECT_AUDIT_THREADS = '2';
    try {
      const warnings: string[] = [];
      const threaded = await scan({ ...options, onWarning: (message) => warnings.push(message) });
      expect(warnings).toEqual(['a worker thread failed; the rest of the scan ran on one thread (set CONNECT_AUDIT_THREADS=0 to skip threads)']);
      expect(threaded.findings).toEqual(alone.findings);
      expect(threaded.errors).toEqual(alone.errors);
      expect(threaded.findings.length).toBeGreaterThan(5);
    } finally {
      if (previous === undefined) delete process.env.CONNECT_AUDIT_THREADS;
      else process.env.CONNECT_AUDIT_THREADS = previous;
    }
  });

  test.each([
    [THREADS_FROM_FILES - 1, 8, {}, 0],
    [THREADS_FROM_FILES, 2, {}, 0],
    [THREADS_FROM_FILES, 4, {}, 3],
    [64_000, 16, {}, 4],
    [10, 2, { CONNECT_AUDIT_THREADS: '2' }, 2],
    [64_000, 16, { CONNECT_AUDIT_THREADS: '0' }, 0],
    [64_000, 16, { CONNECT_AUDIT_THREADS: 'many' }, 4],
  ] as const)('%i files on %i cores with %o: %i threads', (files, cores, env, expected) => {
    expect(threadCount(files, env, cores)).toBe(expected);
  });
});
