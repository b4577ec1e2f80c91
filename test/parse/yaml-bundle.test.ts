import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type * as YamlPackage from 'yaml';
import { displayPath, filesBelow, PROJECT_ROOT } from '../helpers/fixtures.js';
import { YAML_FILE_OPTIONS } from '../../src/parse/yaml.js';
import { POLICY_BLOCK_OPTIONS } from '../../src/threat-model/load.js';

/**
 * The shipped command reads YAML with bin/yaml.cjs, built from the yaml package's browser
 * build (scripts/bundle.mjs); the unit tests and dist/ use the installed package's Node
 * build. The two must read every file alike: same documents, values, tags, positions, errors.
 */
const require = createRequire(import.meta.url);
const installed = require('yaml') as typeof YamlPackage;
const bundled = require(join(PROJECT_ROOT, 'bin', 'yaml.cjs')) as typeof YamlPackage;

/** What a value is, comparably across the two builds (a Buffer and a Uint8Array differ). */
function describeValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return `${value.constructor.name}:${Buffer.from(value).toString('hex')}:${String(value)}`;
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'symbol') return value.toString();
  if (value instanceof Date) return `Date:${value.toISOString()}`;
  return value;
}

function describeDocuments(lib: typeof YamlPackage, documents: readonly YamlPackage.Document[]): unknown[] {
  return documents.map((document) => {
    const nodes: unknown[] = [];
    lib.visit(document, {
      Node: (_key, node) => {
        const scalar = lib.isScalar(node) ? { value: describeValue(node.value), type: node.type, source: node.source } : {};
        nodes.push({ kind: lib.isMap(node) ? 'map' : lib.isSeq(node) ? 'seq' : lib.isAlias(node) ? 'alias' : 'scalar', range: node.range, tag: node.tag, ...scalar });
        return undefined;
      },
    });
    const problems = (list: readonly { code: string; pos: [number, number] }[]) => list.map((problem) => [problem.code, problem.pos]);
    return { nodes, errors: problems(document.errors), warnings: problems(document.warnings) };
  });
}

function readFile(lib: typeof YamlPackage, text: string): unknown[] {
  const counter = new lib.LineCounter();
  const tokens = [...new lib.Parser(counter.addNewLine).parse(text)];
  return describeDocuments(lib, [...new lib.Composer(YAML_FILE_OPTIONS).compose(tokens as never, true, text.length)]);
}

function readPolicy(lib: typeof YamlPackage, text: string): unknown[] {
  return describeDocuments(lib, [...lib.parseAllDocuments(text, POLICY_BLOCK_OPTIONS)]);
}

const TAGGED = [
  'password: !!binary "Y2hhbmdlaXQ="',
  'password: !!binary "c2Vj_-mV0"', // base64url: lenient in Node, an error for atob
  'password: !!binary "Y2hhbmdlaXQ"', // no padding
  'key: !!binary |\n  R0lGODlhDAAMAIQAAP//9/X\n  17unp5WZmZgAAAOfn515eXv\n',
  'when: !!timestamp 2026-12-02T10:00:00Z',
  'set: !!set {a, b}',
  'pairs: !!pairs [a: 1, b: 2]',
  'omap: !!omap [a: 1, b: 2]',
  'n: !!int 0o17\nf: !!float .inf\nx: .nan\nh: 0x1F\nb: !!bool yes',
  'a: &anchor {x: 1}\nb: *anchor\nc:\n  <<: *anchor\n  y: 2',
  'custom: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6162',
  'bad: [unclosed\nnext: 1',
  '\tindented: with a tab',
  'dup: 1\ndup: 2',
  '--- a\n--- b\n...\n',
];

/** Real files from public projects (../shared/corpus), where present. */
const CORPUS = resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

describe('bin/yaml.cjs reads YAML as the installed yaml package does', () => {
  const folders = [join(PROJECT_ROOT, 'fixtures'), join(PROJECT_ROOT, 'examples'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  const files = folders.flatMap((folder) => filesBelow(folder)).filter((file) => /\.ya?ml$/.test(file));

  test('the fixtures and examples have YAML to compare (otherwise this test proves nothing)', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  test('every YAML fixture, example and corpus file, as a scanned file', () => {
    const differing = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return JSON.stringify(readFile(bundled, text)) !== JSON.stringify(readFile(installed, text));
    });
    expect(differing.map(displayPath)).toEqual([]);
  });

  test.each(TAGGED.map((text) => [text] as const))('%j', (text) => {
    expect(readFile(bundled, text)).toEqual(readFile(installed, text));
    expect(readPolicy(bundled, text)).toEqual(readPolicy(installed, text));
  });

  test("connect-audit's own THREAT_MODEL.md blocks, as policy", () => {
    const markdown = readFileSync(join(PROJECT_ROOT, 'THREAT_MODEL.md'), 'utf8');
    const blocks = [...markdown.matchAll(/```yaml threat-model\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) expect(readPolicy(bundled, block)).toEqual(readPolicy(installed, block));
  });
});
