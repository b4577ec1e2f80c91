import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyBaseline, createBaseline, parseBaseline, serializeBaseline, BaselineError } from '../src/baseline/baseline.js';
import { hashValue } from '../src/engine/value-hash.js';
import { sha256Hex } from '../src/util/hash.js';
import { runCli } from './helpers/cli.js';
import { fakeFinding } from './report/helpers.js';

const BROKER = [
  'process.roles=broker',
  'node.id=1',
  'listeners=PLAINTEXT://0.0.0.0:9092',
  'ssl.keystore.password=CANARY-baseline-77a1',
  'log.dirs=/var/lib/kafka',
  '',
].join('\n');

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'connect-audit-baseline-'));
  mkdirSync(join(directory, 'prod'));
  writeFileSync(join(directory, 'prod', 'server.properties'), BROKER);
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

interface JsonReport {
  findings: { ruleId: string; key: string; line: number; classification: string }[];
}

async function findings(args: string[], cwd = directory): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await runCli(['scan', ...args, '--format', 'json'], cwd);
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

describe('--write-baseline / --baseline', () => {
  test('records today\'s findings (exit 0), then reports only new ones', async () => {
    const before = await findings(['.']);
    expect(before.code).toBe(1);
    expect(before.report.findings.length).toBeGreaterThan(1);

    const written = await runCli(['scan', '.', '--write-baseline', '.connect-audit-baseline.json'], directory);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`wrote ${before.report.findings.length} findings to the baseline .connect-audit-baseline.json`);
    const text = readFileSync(join(directory, '.connect-audit-baseline.json'), 'utf8');
    const baseline = JSON.parse(text) as { tool: string; version: number; entries: { ruleId: string; file: string; key: string; valueHash: string }[] };
    expect(baseline.tool).toBe('connect-audit');
    expect(baseline.version).toBe(1);
    expect(baseline.entries).toHaveLength(before.report.findings.length);
    expect(Object.keys(baseline.entries[0]!).sort()).toEqual(['file', 'key', 'ruleId', 'valueHash']);
    expect(baseline.entries.every((entry) => entry.file === 'prod/server.properties')).toBe(true);

    const after = await findings(['.', '--baseline', '.connect-audit-baseline.json']);
    expect(after.code).toBe(0);
    expect(after.report.findings).toEqual([]);
    expect(after.stderr).toContain(`${before.report.findings.length} findings in the baseline .connect-audit-baseline.json not reported`);
  });

  test('the text report applies the baseline too (it prints no fingerprint, yet the scan computes value hashes for the baseline)', async () => {
    await runCli(['scan', '.', '--write-baseline', 'baseline.json'], directory);
    const after = await runCli(['scan', '.', '--baseline', 'baseline.json'], directory);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^0 VALID, 0 BY-DESIGN, 0 OUT-OF-MODEL in 1 file/);
  });

  test('never holds a value, not even its plain sha256', async () => {
    await runCli(['scan', '.', '--write-baseline', 'baseline.json'], directory);
    const text = readFileSync(join(directory, 'baseline.json'), 'utf8');
    expect(text).not.toContain('CANARY');
    expect(text).not.toContain(sha256Hex('CANARY-baseline-77a1'));
    expect(text).not.toContain(sha256Hex('CANARY-baseline-77a1').slice(0, 16));
    expect(text).not.toContain('0.0.0.0:9092');
  });

  test("a secret's value hash keeps 16 bits (it shows a change, it cannot confirm a guess); other values keep 64", async () => {
    await runCli(['scan', '.', '--write-baseline', 'baseline.json'], directory);
    const entries = (JSON.parse(readFileSync(join(directory, 'baseline.json'), 'utf8')) as { entries: { ruleId: string; key: string; valueHash: string }[] }).entries;
    const secret = entries.find((entry) => entry.ruleId === 'cleartext-password' && entry.key === 'ssl.keystore.password');
    expect(secret?.valueHash).toMatch(/^[0-9a-f]{4}$/);
    const listener = entries.find((entry) => entry.ruleId === 'plaintext-listener');
    expect(listener?.valueHash).toMatch(/^[0-9a-f]{16}$/);
  });

  test('moving lines does not bring findings back', async () => {
    await runCli(['scan', '.', '--write-baseline', 'baseline.json'], directory);
    const moved = ['# a new header', '', 'num.network.threads=3', ...BROKER.split('\n').reverse()].join('\n');
    writeFileSync(join(directory, 'prod', 'server.properties'), moved);
    const after = await findings(['.', '--baseline', 'baseline.json']);
    expect(after.report.findings).toEqual([]);
    expect(after.code).toBe(0);
  });

  test('changing a value is a new finding', async () => {
    await runCli(['scan', '.', '--write-baseline', 'baseline.json'], directory);
    writeFileSync(join(directory, 'prod', 'server.properties'), BROKER.replace('CANARY-baseline-77a1', 'CANARY-rotated-but-still-cleartext'));
    const after = await findings(['.', '--baseline', 'baseline.json']);
    expect(after.code).toBe(1);
    expect(after.report.findings.length).toBeGreaterThan(0);
    expect(new Set(after.report.findings.map((finding) => finding.key))).toEqual(new Set(['ssl.keystore.password']));
  });

  test('files are relative to the baseline, so the scan may run from another folder', async () => {
    await runCli(['scan', '.', '--write-baseline', 'baseline.json'], directory);
    const parent = join(directory, '..');
    const name = directory.slice(parent.length + 1);
    const after = await findings([name, '--baseline', join(name, 'baseline.json')], parent);
    expect(after.report.findings).toEqual([]);
    expect(after.code).toBe(0);
  });

  test('a missing or malformed baseline is a usage error (exit 2), one line', async () => {
    const missing = await runCli(['scan', '.', '--baseline', 'nope.json'], directory);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('connect-audit: cannot read baseline nope.json (no such file; create it with --write-baseline)\n');
    writeFileSync(join(directory, 'bad.json'), '{"entries": 3}');
    const bad = await runCli(['scan', '.', '--baseline', 'bad.json'], directory);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^connect-audit: bad\.json is not a connect-audit baseline/);
  });

  test('the written file is deterministic and sorted', async () => {
    await runCli(['scan', '.', '--write-baseline', 'a.json'], directory);
    await runCli(['scan', '.', '--write-baseline', 'b.json'], directory);
    const a = readFileSync(join(directory, 'a.json'), 'utf8');
    expect(readFileSync(join(directory, 'b.json'), 'utf8')).toBe(a);
    expect(a.endsWith('\n')).toBe(true);
  });
});

describe('baseline matching', () => {
  const same = (file: string): string => file;

  test('counts: two identical findings need two entries', () => {
    const one = fakeFinding();
    const baseline = createBaseline([one], same);
    const { fresh, known } = applyBaseline([one, { ...one, line: 40 }], baseline, same);
    expect(known).toBe(1);
    expect(fresh).toHaveLength(1);
  });

  test('rule, file, key and value hash all count; line does not', () => {
    const finding = fakeFinding();
    const baseline = createBaseline([finding], same);
    expect(applyBaseline([{ ...finding, line: 99, column: 4 }], baseline, same).fresh).toEqual([]);
    expect(applyBaseline([{ ...finding, ruleId: 'other-rule' }], baseline, same).fresh).toHaveLength(1);
    expect(applyBaseline([{ ...finding, file: 'other.properties' }], baseline, same).fresh).toHaveLength(1);
    expect(applyBaseline([{ ...finding, key: 'advertised.listeners' }], baseline, same).fresh).toHaveLength(1);
    expect(applyBaseline([{ ...finding, valueHash: 'ffffffffffffffff' }], baseline, same).fresh).toHaveLength(1);
  });

  test('round trip through the file format', () => {
    const baseline = createBaseline([fakeFinding(), fakeFinding({ ruleId: 'a-rule', file: 'a.properties' })], same);
    expect(parseBaseline(serializeBaseline(baseline), 'x.json')).toEqual(baseline);
    expect(() => parseBaseline('{"tool":"connect-audit","version":2,"entries":[]}', 'x.json')).toThrow(BaselineError);
    expect(() => parseBaseline('{"tool":"connect-audit","version":1,"entries":[{"ruleId":1}]}', 'x.json')).toThrow(/entry 1 needs/);
  });

  test('the value hash is salted by rule and key and cut to 64 bits; an absent value has its own marker', () => {
    const hash = hashValue('cleartext-password', 'ssl.keystore.password', 'secret');
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hash).not.toBe(sha256Hex('secret').slice(0, 16));
    expect(hashValue('cleartext-password', 'ssl.key.password', 'secret')).not.toBe(hash);
    expect(hashValue('cleartext-password', 'ssl.keystore.password', undefined)).toBe('-');
  });
});
