import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { scan } from '../src/scan/scan.js';
import { readExpectations, type Expectation } from './helpers/expectations.js';
import { displayPath, listCases, PROJECT_ROOT, RULE_FIXTURES } from './helpers/fixtures.js';

/** Runs every rule's annotated fixtures through the real pipeline and compares exact sets. */
describe.each(rules.map((rule) => [rule.id] as const))('%s', (ruleId) => {
  for (const kind of ['fires', 'silent'] as const) {
    const cases = listCases(ruleId, kind);
    test(`has ${kind}/ fixtures`, () => expect(cases.length).toBeGreaterThan(0));
    test.each(cases.map((item) => [item.name, item] as const))(`${kind}/%s`, async (_name, fixture) => {
      const expectations = fixture.files.flatMap((file) => readExpectations(file, displayPath(file)));
      const expected = expectations.filter((item) => item.kind === 'expect' && item.ruleId === ruleId);
      for (const item of expectations) {
        expect(item.ruleId, `${item.file}:${item.line} names another rule`).toBe(ruleId);
      }
      if (kind === 'fires') expect(expected.length, 'a fires/ fixture must expect at least one finding').toBeGreaterThan(0);
      else expect(expected, 'a silent/ fixture must not expect findings').toEqual([]);

      const result = await scan({
        paths: [fixture.path],
        cwd: PROJECT_ROOT,
        root: join(RULE_FIXTURES, ruleId),
        ruleIds: [ruleId],
        exclude: ['**/*.expect.yaml'],
      });
      expect(result.errors).toEqual([]);
      const actual = result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.classification}`);
      expect(actual.sort()).toEqual(expected.map((item) => `${item.file}:${item.line} ${item.ruleId} ${item.classification}`).sort());
      for (const item of expected.filter((entry) => entry.message !== undefined)) {
        const messages = result.findings.filter((candidate) => candidate.file === item.file && candidate.line === item.line).map((finding) => finding.message);
        expect(messages.some((message) => message.includes(item.message!)), `no finding at ${item.file}:${item.line} says "${item.message}": ${messages.join(' | ')}`).toBe(true);
      }
      for (const finding of result.findings) expect(finding.message).toMatch(/^[A-Z0-9$`'"].*\.$/s);
      assertOkLinesQuiet(expectations, result.findings);
    });
  }
});

function assertOkLinesQuiet(expectations: readonly Expectation[], findings: readonly { file: string; line: number; ruleId: string }[]): void {
  for (const item of expectations.filter((entry) => entry.kind !== 'expect')) {
    const hit = findings.find((finding) => finding.file === item.file && finding.line === item.line && finding.ruleId === item.ruleId);
    expect(hit, `${item.file}:${item.line} is marked ${item.kind} but ${item.ruleId} fired`).toBeUndefined();
  }
}
