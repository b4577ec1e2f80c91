import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rules } from '../rules/index.js';
import { scan } from '../src/scan/scan.js';
import { PROJECT_ROOT } from './helpers/fixtures.js';

interface Example {
  readonly language: string;
  readonly kind: 'insecure' | 'secure';
  readonly text: string;
  /** A file name from the info string (`properties insecure name=connect-distributed.properties`). */
  readonly name: string | undefined;
}

const EXTENSIONS: Record<string, string> = { properties: 'properties', json: 'json', yaml: 'yaml', yml: 'yaml' };

function examplesOf(page: string): Example[] {
  const out: Example[] = [];
  for (const match of page.matchAll(/^```(\w+) (insecure|secure)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const name = /name=(\S+)/.exec(match[3]!)?.[1];
    out.push({ language: match[1]!, kind: match[2] as Example['kind'], text: match[4]!, name });
  }
  return out;
}

/** Every `insecure` example in a rule's doc page fires that rule; every `secure` one does not. */
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s doc examples', (id) => {
  const page = readFileSync(join(PROJECT_ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
  const examples = examplesOf(page);

  test('has an insecure and a secure example', () => {
    expect(examples.some((example) => example.kind === 'insecure')).toBe(true);
    expect(examples.some((example) => example.kind === 'secure')).toBe(true);
  });

  test.each(examples.map((example, index) => [`${example.kind} #${index + 1}`, example] as const))('%s', async (_label, example) => {
    const directory = mkdtempSync(join(tmpdir(), 'connect-audit-doc-'));
    try {
      const extension = EXTENSIONS[example.language] ?? example.language;
      const name = example.name ?? defaultName(id, extension);
      mkdirSync(join(directory, 'prod'), { recursive: true });
      writeFileSync(join(directory, 'prod', name), example.text);
      const result = await scan({ paths: [directory], cwd: directory, ruleIds: [id], threatModel: join(PROJECT_ROOT, 'THREAT_MODEL.md') });
      expect(result.errors).toEqual([]);
      const fired = result.findings.filter((finding) => finding.ruleId === id);
      if (example.kind === 'insecure') expect(fired.length, `the insecure example of ${id} does not fire`).toBeGreaterThan(0);
      else expect(fired.map((finding) => finding.message)).toEqual([]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

/** A file name that makes the example's role obvious when the page does not name one. */
function defaultName(id: string, extension: string): string {
  const rule = rules.find((candidate) => candidate.id === id)!;
  if (extension !== 'properties') return `example.${extension}`;
  switch (rule.component) {
    case 'broker':
      return 'server.properties';
    case 'controller':
      return 'controller.properties';
    case 'worker':
      return 'connect-distributed.properties';
    case 'connector':
      return 'connector.properties';
    case 'client':
      return 'client.properties';
  }
}
