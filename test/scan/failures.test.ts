import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { runRules } from '../../src/engine/run-rules.js';
import { buildDocuments } from '../../src/model/build.js';
import { Deployment } from '../../src/model/deployment.js';
import { defineRule } from '../../src/rule-kit/index.js';
import { scan } from '../../src/scan/scan.js';
import { NEWEST_KAFKA_VERSION } from '../../src/util/version.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

// A reader that throws on one file (a bug of ours, simulated): that file is an error, the
// others are still scanned.
vi.mock('../../src/model/build.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/model/build.js')>();
  return {
    ...original,
    buildDocuments: async (...args: Parameters<typeof original.buildDocuments>) => {
      if (args[0].file.endsWith('boom.properties')) throw new TypeError('CANARY-in-the-reader-message');
      return original.buildDocuments(...args);
    },
  };
});

const base = mkdtempSync(join(tmpdir(), 'connect-audit-failures-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('internal errors never abort the scan and never quote the input', () => {
  test('a reader that throws on one file: that file is an error naming it, the other files are reported', async () => {
    writeFileSync(join(base, 'boom.properties'), 'listeners=PLAINTEXT://0.0.0.0:9092\n');
    writeFileSync(join(base, 'server.properties'), 'process.roles=broker\nlisteners=PLAINTEXT://0.0.0.0:9092\n');
    const result = await scan({ paths: [base], cwd: base, today: '2026-01-01', ruleIds: ['plaintext-listener'] });
    expect(result.errors).toEqual([{ file: 'boom.properties', line: 0, column: 0, message: 'not read: internal error in the properties reader (TypeError); please report it' }]);
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toEqual(['server.properties:2 plaintext-listener']);
  });

  test("a rule that throws: the failure names the rule, the file and the error's kind, not its message", async () => {
    const throwing = defineRule({
      id: 'zz-throwing-rule',
      title: 'A rule that throws with the value in its message',
      severity: 'low',
      component: 'broker',
      attacker: 'network-client',
      posture: 'development',
      references: ['https://kafka.apache.org/documentation/'],
      *check(doc) {
        throw new RangeError(`bad value ${doc.get('ssl.key.password')?.value ?? ''}`);
      },
    });
    const { documents } = await buildDocuments({ file: 'server.properties', kind: 'properties', text: 'process.roles=broker\nssl.key.password=CANARY-secret\n' }, NEWEST_KAFKA_VERSION);
    const run = runRules(new Deployment(documents), [throwing], NEWEST_KAFKA_VERSION);
    expect(run.failures).toEqual([{ ruleId: 'zz-throwing-rule', file: 'server.properties', message: 'internal error (RangeError)' }]);
  });
});

describe('a reader that closes the pipe early', () => {
  test('`connect-audit scan … | head -1`: no stack trace, the exit code of the scan', async () => {
    // Enough files that the report is written in many chunks after the pipe has closed.
    const tree = join(base, 'many');
    for (let i = 0; i < 400; i++) {
      mkdirSync(join(tree, `broker-${i}`), { recursive: true });
      writeFileSync(join(tree, `broker-${i}`, 'server.properties'), 'process.roles=broker\nlisteners=PLAINTEXT://0.0.0.0:9092\n');
    }
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'connect-audit.cjs'), 'scan', tree, '--no-color'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(code).toBe(1);
  }, 60_000);
});
