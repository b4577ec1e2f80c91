import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { rules as allRules } from '../../rules/index.js';
import { discover } from '../../src/discover/walk.js';
import type { Finding, LocatedFinding } from '../../src/engine/finding.js';
import { runRules } from '../../src/engine/run-rules.js';
import { applyInlineSuppressions } from '../../src/engine/suppressions.js';
import { buildDocuments } from '../../src/model/build.js';
import type { ConfigDocument } from '../../src/model/config-document.js';
import { Deployment } from '../../src/model/deployment.js';
import { registerReaders } from '../../src/scan/readers.js';
import { MAX_FILE_BYTES, scan, selectRules, type ScanError, type ScanOptions } from '../../src/scan/scan.js';
import { lookupPolicy } from '../../src/scan/threat-model-lookup.js';
import { classifyFinding } from '../../src/threat-model/classify.js';
import { NEWEST_KAFKA_VERSION } from '../../src/util/version.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

// A rule that asks the deployment for more than a connector's workers: the streamed scan
// must then fall back to holding every document, with the same results.
vi.mock('../../rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../rules/index.js')>();
  const { defineRule } = await import('../../src/rule-kit/index.js');
  const probe = defineRule({
    id: 'zz-probe-brokers',
    title: 'Probe rule that counts the brokers of the scan',
    severity: 'low',
    component: 'connector',
    attacker: 'operator',
    posture: 'development',
    references: ['https://kafka.apache.org/documentation/'],
    *check(doc, ctx) {
      const brokers = ctx.deployment.withRole('broker').length;
      yield { key: 'connector.class', message: `The scan holds ${brokers} broker configs besides ${doc.file}.` };
    },
  });
  return { rules: [...original.rules, probe] };
});

/** The scan as it was before it streamed: every document in memory, every rule over all of them. */
async function scanAllAtOnce(options: ScanOptions): Promise<{ findings: Finding[]; errors: ScanError[]; documents: number }> {
  registerReaders();
  const rules = selectRules(options.ruleIds);
  const discovery = discover(options.paths, { cwd: options.cwd, exclude: [], gitignore: true });
  const policy = lookupPolicy(undefined, discovery.root, options.cwd);
  const errors: ScanError[] = discovery.missing.map((notice) => ({ file: notice.path, line: 0, column: 0, message: notice.message }));
  const documents: ConfigDocument[] = [];
  const rootPathOf = new Map<string, string>();
  for (const file of discovery.files) {
    rootPathOf.set(file.displayPath, file.rootPath);
    if (file.size > MAX_FILE_BYTES) continue;
    const text = readFileSync(file.absolutePath, file.kind === 'properties' ? 'latin1' : 'utf8');
    const built = await buildDocuments({ file: file.displayPath, kind: file.kind, text }, NEWEST_KAFKA_VERSION);
    if (built.error) errors.push({ file: file.displayPath, ...built.error });
    documents.push(...built.documents);
  }
  const run = runRules(new Deployment(documents), rules, NEWEST_KAFKA_VERSION);
  for (const failure of run.failures) errors.push({ file: failure.file, line: 0, column: 0, message: `rule ${failure.ruleId} failed: ${failure.message}` });
  const classify = (finding: LocatedFinding): Finding => classifyFinding(finding, rootPathOf.get(finding.file) ?? finding.file, policy, finding.file);
  const findings = applyInlineSuppressions(run.findings.map(classify), documents, {
    enabled: true,
    rulesRun: new Set(rules.map((rule) => rule.id)),
    knownRules: new Map(allRules.map((rule) => [rule.id, rule])),
    today: options.today!,
    classify,
  });
  return { findings, errors: errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)), documents: documents.length };
}

const realRules = allRules.filter((rule) => rule.id !== 'zz-probe-brokers').map((rule) => rule.id);

describe('the streamed scan gives what scanning everything at once gives', () => {
  test.each(['fixtures', 'examples'])('every rule over %s/ as one tree (connectors judged with their workers)', async (folder) => {
    const options: ScanOptions = { paths: [join(PROJECT_ROOT, folder)], cwd: PROJECT_ROOT, today: '2026-01-01', ruleIds: realRules };
    const [streamed, reference] = await Promise.all([scan(options), scanAllAtOnce(options)]);
    expect(streamed.findings.length).toBeGreaterThan(5);
    expect(JSON.stringify(streamed.findings)).toBe(JSON.stringify(reference.findings));
    expect(streamed.errors).toEqual(reference.errors);
    expect(streamed.documents).toBe(reference.documents);
  });

  test('without fingerprints (a text report), the same findings with neither digest computed', async () => {
    const options: ScanOptions = { paths: [join(PROJECT_ROOT, 'fixtures')], cwd: PROJECT_ROOT, today: '2026-01-01', ruleIds: realRules };
    const [withDigests, without] = await Promise.all([scan(options), scan({ ...options, fingerprints: false })]);
    expect(withDigests.findings.length).toBeGreaterThan(100);
    expect(withDigests.findings.every((finding) => /^[0-9a-f]{32}$/.test(finding.fingerprint) && /^(?:[0-9a-f]{4}|[0-9a-f]{16}|-)$/.test(finding.valueHash))).toBe(true);
    // Findings about unused suppressions keep theirs: they are few, and made apart.
    const digestless = without.findings.filter((finding) => finding.ruleId !== 'unused-suppression');
    expect(digestless.length).toBeGreaterThan(100);
    expect(digestless.every((finding) => finding.fingerprint === '' && finding.valueHash === '')).toBe(true);
    const blank = (finding: Finding): Finding => ({ ...finding, fingerprint: '', valueHash: '' });
    expect(JSON.stringify(without.findings.map(blank))).toBe(JSON.stringify(withDigests.findings.map(blank)));
  });

  test('a rule that asks the deployment for more than workers: every document is built again', async () => {
    const options: ScanOptions = { paths: [join(PROJECT_ROOT, 'fixtures')], cwd: PROJECT_ROOT, today: '2026-01-01', ruleIds: ['connector-provider-undefined', 'zz-probe-brokers', 'plaintext-listener'] };
    const [streamed, reference] = await Promise.all([scan(options), scanAllAtOnce(options)]);
    const probes = streamed.findings.filter((finding) => finding.ruleId === 'zz-probe-brokers');
    expect(probes.length).toBeGreaterThan(10);
    expect(probes[0]!.message).toMatch(/holds [1-9]\d* broker configs/);
    expect(JSON.stringify(streamed.findings)).toBe(JSON.stringify(reference.findings));
    expect(streamed.errors).toEqual(reference.errors);
  });
});
