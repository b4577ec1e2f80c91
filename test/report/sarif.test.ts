import { beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rules } from '../../rules/index.js';
import { buildSarif, formatSarif, SARIF_LIMITS, SECURITY_SEVERITY, type SarifLog } from '../../src/report/sarif.js';
import type { RuleMeta } from '../../src/rule-kit/types.js';
import { scan, type ScanResult } from '../../src/scan/scan.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';
import { fakeFinding, fakeResult, reportOptions } from './helpers.js';
import { findMultitool, officialSchemaErrors, runMultitool, uploadSarifErrors } from './sarif-validators.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

let realScan: ScanResult;

beforeAll(async () => {
  // Real scans of the repository's fixtures and examples (parse errors included on purpose).
  realScan = await scan({ paths: ['fixtures', 'examples'], cwd: PROJECT_ROOT });
});

function sarifOf(result: ScanResult, overrides: Parameters<typeof reportOptions>[0] = {}, warnings: string[] = []): Json {
  return JSON.parse(formatSarif(result, reportOptions(overrides, warnings)));
}

const multitool = findMultitool();

describe('real scans of fixtures/ and examples/ pass every validator', () => {
  const variants = [
    ['default (VALID only)', {}],
    ['--include-suppressed', { includeSuppressed: true }],
    ['--fail-on VALID,BY-DESIGN --category kafka/prod', { failOn: new Set(['VALID', 'BY-DESIGN'] as const), category: 'kafka/prod' }],
  ] as const;

  test('the scan found something to report, errors included', () => {
    expect(realScan.findings.filter((finding) => finding.classification === 'VALID').length).toBeGreaterThan(10);
    expect(realScan.findings.some((finding) => finding.classification !== 'VALID')).toBe(true);
    expect(realScan.errors.length).toBeGreaterThan(0);
  });

  test.each(variants)('%s: official SARIF 2.1.0 schema (ajv-draft-04 + ajv-formats)', (_name, overrides) => {
    expect(officialSchemaErrors(sarifOf(realScan, overrides))).toEqual([]);
  });

  test.each(variants)("%s: upload-sarif's own schema check", (_name, overrides) => {
    const { errors, warnings } = uploadSarifErrors(sarifOf(realScan, overrides));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test.runIf(multitool !== undefined).each(variants.slice(0, 2))('%s: SARIF Multitool with GitHub ingestion rules (Sarif;Gh, gh-strict)', (_name, overrides) => {
    const log = sarifOf(realScan, overrides);
    const report = runMultitool(multitool!, log);
    // GH1004 in Multitool 5.7.0 still flags more than 1,000 results, an old display limit;
    // GitHub now accepts 25,000 per run and keeps the 5,000 most severe (sarif-limits.md),
    // which the formatter enforces and warns about (tests below).
    const results = log.runs[0].results.length;
    const errors = report.errors.filter((error) => !(results <= SARIF_LIMITS.resultsPerRun && error === 'error GH1004 runs[0].results'));
    expect(errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  }, 300_000);

  test('a clean scan still lists every rule and an empty results array (closes old alerts)', async () => {
    const clean = await scan({ paths: ['fixtures/cli/clean'], cwd: PROJECT_ROOT, ruleIds: ['plaintext-listener'] });
    const log = sarifOf(clean);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toHaveLength(rules.length);
    expect(officialSchemaErrors(log)).toEqual([]);
    expect(uploadSarifErrors(log).errors).toEqual([]);
  });
});

describe('the validators are not vacuous', () => {
  function broken(invalidEnum = true): Json {
    const log = sarifOf(realScan);
    // The Multitool silently accepts an invalid enum value and then checks nothing else.
    if (invalidEnum) log.runs[0].results[0].level = 'critical';
    delete log.runs[0].tool.driver.rules[0].fullDescription;
    delete log.runs[0].results[1].locations;
    return log;
  }
  test('ajv rejects an invalid level', () => {
    expect(officialSchemaErrors(broken()).join('\n')).toMatch(/level must be equal to one of the allowed values/);
  });
  test('the upload-sarif check rejects it too', () => {
    expect(uploadSarifErrors(broken()).errors.length).toBeGreaterThan(0);
  });
  test.runIf(multitool !== undefined)('the Multitool reports the GitHub ingestion problems', () => {
    const errors = runMultitool(multitool!, broken(false)).errors.join('\n');
    expect(errors).toMatch(/GH2012|GH1015|GH1001/);
  }, 300_000);
  test.skipIf(multitool !== undefined)('SARIF Multitool not installed: its checks were skipped', () => {
    // Install it for the full check: npm install --no-save --prefix .cache/sarif-multitool @microsoft/sarif-multitool-linux@5.7.0
    expect(multitool).toBeUndefined();
  });
});

describe('DESIGN.md output contract', () => {
  let log: Json;
  beforeAll(() => {
    log = sarifOf(realScan);
  });

  test('one run, $schema, version, tool.driver with name, semanticVersion, informationUri', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('connect-audit');
    expect(driver.semanticVersion).toBe(realScan.version);
    expect(driver.informationUri).toMatch(/^https:\/\//);
  });

  test('every rule of the catalog, sorted, each complete', () => {
    const descriptors = log.runs[0].tool.driver.rules as Json[];
    expect(descriptors.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.id).sort());
    for (const descriptor of descriptors) {
      const rule = rules.find((candidate) => candidate.id === descriptor.id)!;
      expect(descriptor.shortDescription.text).toBe(rule.title);
      expect(descriptor.fullDescription.text.length).toBeGreaterThan(0);
      expect(descriptor.fullDescription.text.length).toBeLessThanOrEqual(SARIF_LIMITS.descriptionLength);
      expect(descriptor.shortDescription.text.length).toBeLessThanOrEqual(SARIF_LIMITS.descriptionLength);
      expect(descriptor.help.text.length).toBeGreaterThan(0);
      expect(descriptor.help.markdown).toContain(`(${descriptor.helpUri})`);
      expect(descriptor.help.markdown).toMatch(new RegExp(`docs/rules/${descriptor.id}\\.md\\)`));
      expect(descriptor.defaultConfiguration.level).toBe({ critical: 'error', high: 'error', medium: 'warning', low: 'note' }[rule.severity]);
      const tags = descriptor.properties.tags as string[];
      expect(tags.slice(0, 2)).toEqual(['security', rule.component]);
      expect(tags.slice(2)).toEqual((rule.cwe ?? []).map((cwe) => `external/cwe/cwe-${cwe}`));
      expect(tags.length).toBeLessThanOrEqual(SARIF_LIMITS.tagsPerRule);
      expect(['very-high', 'high', 'medium', 'low']).toContain(descriptor.properties.precision);
      const score = descriptor.properties['security-severity'];
      expect(typeof score).toBe('string');
      expect(Number(score)).toBeGreaterThanOrEqual(0.1);
      expect(Number(score)).toBeLessThanOrEqual(10);
      expect(score).toBe(SECURITY_SEVERITY[rule.severity]);
    }
  });

  test('a rule with a doc page carries the page itself as help', () => {
    const descriptor = (log.runs[0].tool.driver.rules as Json[]).find((rule) => rule.id === 'plaintext-listener');
    const page = readFileSync(join(PROJECT_ROOT, 'docs', 'rules', 'plaintext-listener.md'), 'utf8').trim();
    expect(descriptor.help.markdown.startsWith(page)).toBe(true);
    expect(descriptor.fullDescription.text).toMatch(/^Every broker or KRaft controller listener/);
    expect(descriptor.fullDescription.text).not.toContain('`');
  });

  test('severity scores land in GitHub buckets: critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9', () => {
    expect(Number(SECURITY_SEVERITY.critical)).toBeGreaterThan(9.0);
    expect(Number(SECURITY_SEVERITY.high)).toBeGreaterThanOrEqual(7.0);
    expect(Number(SECURITY_SEVERITY.high)).toBeLessThan(9.0);
    expect(Number(SECURITY_SEVERITY.medium)).toBeGreaterThanOrEqual(4.0);
    expect(Number(SECURITY_SEVERITY.medium)).toBeLessThan(7.0);
    expect(Number(SECURITY_SEVERITY.low)).toBeLessThan(4.0);
  });

  test('results: only VALID by default, each with ruleId, ruleIndex, level, message, one full location, properties', () => {
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    const valid = realScan.findings.filter((finding) => finding.classification === 'VALID');
    expect(run.results).toHaveLength(valid.length);
    for (const [index, result] of (run.results as Json[]).entries()) {
      const finding = valid[index]!;
      expect(result.ruleId).toBe(finding.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.level).toBe({ critical: 'error', high: 'error', medium: 'warning', low: 'note' }[finding.severity]);
      expect(result.message.text).toBe(finding.message);
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).toBe(finding.file);
      expect(artifactLocation.uri).not.toMatch(/\\|^\/|^[a-z]+:/);
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(region).toEqual({ startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
      expect(result.partialFingerprints).toEqual({ 'connectAuditFingerprint/v1': finding.fingerprint });
      expect(result.suppressions).toBeUndefined();
      expect(result.properties).toMatchObject({ classification: 'VALID', reason: finding.reason, section: finding.section });
    }
  });

  test('no primaryLocationLineHash: upload-sarif computes it from the checkout (a different value of ours would be kept, with a warning)', () => {
    expect(JSON.stringify(log)).not.toContain('primaryLocationLineHash');
  });

  test('automationDetails.id is connect-audit/ unless --category says otherwise', () => {
    expect(log.runs[0].automationDetails).toEqual({ id: 'connect-audit/' });
    expect(sarifOf(realScan, { category: 'kafka-prod' }).runs[0].automationDetails.id).toBe('kafka-prod/');
    expect(sarifOf(realScan, { category: 'kafka/prod/' }).runs[0].automationDetails.id).toBe('kafka/prod/');
    expect(sarifOf(realScan, { category: 'kafka/run-7' }).runs[0].automationDetails.id).toBe('kafka/run-7');
  });

  test('parse errors become error notifications of invocations[0], which did not succeed', () => {
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    const errors = (invocation.toolExecutionNotifications as Json[]).filter((item) => item.level === 'error');
    expect(errors).toHaveLength(realScan.errors.length);
    const first = realScan.errors[0]!;
    expect(errors[0].locations[0].physicalLocation.artifactLocation.uri).toBe(first.file);
    expect(errors[0].locations[0].physicalLocation.region.startLine).toBe(first.line);
  });

  test('the threat model used is named in the run properties', () => {
    expect(log.runs[0].properties.threatModel).toEqual(realScan.threatModel);
  });
});

describe('--include-suppressed', () => {
  test('adds BY-DESIGN and OUT-OF-MODEL results with an accepted external suppression', () => {
    const log = sarifOf(realScan, { includeSuppressed: true });
    const results = log.runs[0].results as Json[];
    expect(results).toHaveLength(realScan.findings.length);
    const suppressed = results.filter((result) => result.properties.classification !== 'VALID');
    expect(suppressed.length).toBeGreaterThan(0);
    for (const result of suppressed) {
      expect(result.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: `${result.properties.section}: ${result.properties.reason}` }]);
    }
    for (const result of results.filter((item) => item.properties.classification === 'VALID')) expect(result.suppressions).toBeUndefined();
  });

  test('without it, a --fail-on class other than VALID is reported unsuppressed', () => {
    const log = sarifOf(realScan, { failOn: new Set(['BY-DESIGN'] as const) });
    const classes = new Set((log.runs[0].results as Json[]).map((result) => result.properties.classification));
    expect([...classes]).toEqual(['BY-DESIGN']);
  });
});

describe('GitHub limits are respected, with a warning', () => {
  test(`at most ${SARIF_LIMITS.resultsPerRun} results: the most severe are kept`, () => {
    const many = Array.from({ length: SARIF_LIMITS.resultsPerRun + 2 }, (_value, index) =>
      fakeFinding({ line: index + 1, endLine: index + 1, severity: index < 2 ? 'critical' : 'low', fingerprint: String(index).padStart(32, '0') }),
    );
    many.push(fakeFinding({ line: 999_999, endLine: 999_999, severity: 'low' }));
    const warnings: string[] = [];
    const log = buildSarif(fakeResult(many), reportOptions({}, warnings));
    expect(log.runs[0]!.results).toHaveLength(SARIF_LIMITS.resultsPerRun);
    expect(log.runs[0]!.results.filter((result) => result.properties.severity === 'critical')).toHaveLength(2);
    expect(warnings).toEqual([expect.stringMatching(/25003 results; GitHub accepts 25000 per run, so the 3 least severe were left out/)]);
    expect(officialSchemaErrors(log)).toEqual([]);
  });

  test('at most 20 tags per rule', () => {
    const rule: RuleMeta = { ...rules.find((candidate) => candidate.id === 'plaintext-listener')!, cwe: Array.from({ length: 25 }, (_value, index) => 100 + index) };
    const warnings: string[] = [];
    const log = buildSarif(fakeResult([]), reportOptions({}, warnings), [rule]);
    expect(log.runs[0]!.tool.driver.rules[0]!.properties.tags).toHaveLength(20);
    expect(warnings).toEqual([expect.stringContaining('plaintext-listener has 27 tags; GitHub accepts 20')]);
  });

  function describeWith(whatItFinds: string, warnings: string[]): string {
    const page = `# plaintext-listener\n\n## What it finds\n\n${whatItFinds}\n\n## Why it matters\n\nBecause.\n`;
    const docs = new Map([['plaintext-listener', { markdown: page, url: 'https://example.org/p.md' }]]);
    const log = buildSarif(fakeResult([]), reportOptions({ ruleDocs: docs }, warnings), [rules.find((candidate) => candidate.id === 'plaintext-listener')!]);
    return log.runs[0]!.tool.driver.rules[0]!.fullDescription.text;
  }

  test('descriptions of at most 1024 characters: whole paragraphs, else whole sentences, without a warning', () => {
    const warnings: string[] = [];
    const paragraphs = describeWith(`${'First paragraph. '.repeat(20)}\n\n${'Second paragraph. '.repeat(50)}`, warnings);
    expect(paragraphs).toBe('First paragraph. '.repeat(20).trim());
    const sentences = describeWith('A sentence of the long paragraph. '.repeat(100), warnings);
    expect(sentences.length).toBeLessThanOrEqual(1024);
    expect(sentences.endsWith('paragraph.')).toBe(true);
    expect(warnings).toEqual([]);
  });

  test('a first sentence longer than 1024 characters is cut, with a warning', () => {
    const warnings: string[] = [];
    const text = describeWith(`${'word '.repeat(400)}end.`, warnings);
    expect(text.length).toBe(1024);
    expect(text.endsWith('…')).toBe(true);
    expect(warnings).toEqual([expect.stringContaining('fullDescription is 2004 characters')]);
  });

  test('more than 5,000 results: kept, with a warning that GitHub shows only 5,000', () => {
    const many = Array.from({ length: 5001 }, (_value, index) => fakeFinding({ line: index + 1, endLine: index + 1 }));
    const warnings: string[] = [];
    expect(buildSarif(fakeResult(many), reportOptions({}, warnings)).runs[0]!.results).toHaveLength(5001);
    expect(warnings).toEqual([expect.stringContaining('GitHub keeps only the 5000 most severe')]);
  });

  test('no warning for a normal report', () => {
    const warnings: string[] = [];
    sarifOf(realScan, { includeSuppressed: true }, warnings);
    expect(warnings).toEqual([]);
  });
});

describe('paths', () => {
  test('URIs are percent-encoded relative references; files outside the current folder are absolute file: URIs', () => {
    const log = buildSarif(
      fakeResult([fakeFinding({ file: 'conf dir/#1 server.properties' }), fakeFinding({ file: '../elsewhere/server.properties' })]),
      reportOptions({ cwd: '/work/repo' }),
    );
    const uris = log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation);
    expect(uris[0]).toEqual({ uri: 'conf%20dir/%231%20server.properties', uriBaseId: '%SRCROOT%' });
    expect(uris[1]).toEqual({ uri: 'file:///work/elsewhere/server.properties' });
    expect(officialSchemaErrors(log)).toEqual([]);
  });
});

describe('determinism, secrets, stable fingerprints', () => {
  test('same input, same bytes', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'connect-audit-sarif-'));
    try {
      cpSync(join(PROJECT_ROOT, 'examples'), join(directory, 'examples'), { recursive: true });
      const first = formatSarif(await scan({ paths: ['examples'], cwd: directory }), reportOptions({ includeSuppressed: true }));
      const second = formatSarif(await scan({ paths: ['examples'], cwd: directory }), reportOptions({ includeSuppressed: true }));
      expect(second).toBe(first);
      expect(first).toContain('examples/prod/server.properties');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('no secret value of the fixtures reaches the SARIF', () => {
    const text = formatSarif(realScan, reportOptions({ includeSuppressed: true }));
    expect(text).not.toMatch(/CANARY/);
  });

  test('fingerprints survive unrelated lines moving; the region follows the line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'connect-audit-sarif-'));
    try {
      mkdirSync(join(directory, 'prod'));
      const file = join(directory, 'prod', 'server.properties');
      const body = 'process.roles=broker\nnode.id=1\nlisteners=PLAINTEXT://0.0.0.0:9092,EXTERNAL://:9094\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,EXTERNAL:PLAINTEXT\n';
      writeFileSync(file, body);
      const before = sarifOf(await scan({ paths: ['.'], cwd: directory }), { includeSuppressed: true });
      writeFileSync(file, `# a comment\n\nlog.dirs=/var/lib/kafka\n${body}`);
      const after = sarifOf(await scan({ paths: ['.'], cwd: directory }), { includeSuppressed: true });
      const prints = (log: Json): string[] => (log.runs[0].results as Json[]).map((result) => result.partialFingerprints['connectAuditFingerprint/v1']).sort();
      expect(prints(before).length).toBeGreaterThan(0);
      expect(prints(after)).toEqual(prints(before));
      const lines = (log: Json): number[] => (log.runs[0].results as Json[]).filter((result) => result.ruleId === 'plaintext-listener').map((result) => result.locations[0].physicalLocation.region.startLine);
      expect(lines(after)).toEqual(lines(before).map((line) => line + 3));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('the CLI warns on stderr when the SARIF was capped (wiring)', () => {
    // buildSarif reports through options.warn; src/cli/commands/scan.ts passes io.stderr.
    const warnings: string[] = [];
    const log: SarifLog = buildSarif(fakeResult([]), reportOptions({}, warnings));
    expect(log.runs).toHaveLength(1);
    expect(warnings).toEqual([]);
  });
});
