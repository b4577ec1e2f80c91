import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { ATTACKERS, POSTURES, SEVERITIES } from '../src/rule-kit/types.js';
import { ROLES } from '../src/model/roles.js';
import { listCases, PROJECT_ROOT, RULE_FIXTURES } from './helpers/fixtures.js';
// @ts-expect-error: a plain .mjs script without types
import { renderRuleIndex, ruleIdsOnDisk } from '../scripts/gen-rule-index.mjs';

const DOCS = join(PROJECT_ROOT, 'docs', 'rules');

describe('rule catalog', () => {
  test('rules/index.ts lists every rule file, sorted (npm run gen:rules)', () => {
    const ids = ruleIdsOnDisk() as string[];
    expect(readFileSync(join(PROJECT_ROOT, 'rules', 'index.ts'), 'utf8')).toBe(renderRuleIndex(ids));
    expect(rules.map((rule) => rule.id)).toEqual(ids);
  });

  test('ids are unique', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  test('no orphan doc page or fixture folder', () => {
    const ids = new Set(rules.map((rule) => rule.id));
    const docs = readdirSync(DOCS).filter((name) => name.endsWith('.md') && !name.startsWith('_') && name !== 'README.md');
    expect(docs.filter((name) => !ids.has(name.slice(0, -3)))).toEqual([]);
    expect(readdirSync(RULE_FIXTURES).filter((name) => !ids.has(name))).toEqual([]);
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  test('metadata is well-formed', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.title).toMatch(/^[A-Z][^.]*[^. ]$/);
    expect(SEVERITIES).toContain(rule.severity);
    expect(ROLES).toContain(rule.component);
    expect(ATTACKERS).toContain(rule.attacker);
    expect(POSTURES).toContain(rule.posture);
    expect(rule.references.length).toBeGreaterThan(0);
    for (const reference of rule.references) expect(reference).toMatch(/^(KIP-\d+|CVE-\d{4}-\d+|CWE-\d+|KAFKA-\d+|https:\/\/\S+)$/);
  });

  test('has a doc page with the required sections', () => {
    const page = join(DOCS, `${id}.md`);
    expect(existsSync(page), `docs/rules/${id}.md is missing`).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text).toContain(`> ${rule.title}`);
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## What it finds', '## Why it matters', '## How to fix', '## Examples', '## References']);
    for (const reference of rule.references) expect(text, `reference ${reference} missing from the doc page`).toContain(reference);
  });

  test('has fires/ and silent/ fixtures', () => {
    expect(listCases(id, 'fires').length, `fixtures/rules/${id}/fires is empty`).toBeGreaterThan(0);
    expect(listCases(id, 'silent').length, `fixtures/rules/${id}/silent is empty`).toBeGreaterThan(0);
  });
});
