import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath, filesBelow, PROJECT_ROOT } from '../helpers/fixtures.js';
import { MAX_YAML_NODES, parseYaml, parseYamlFully, type YamlNode, type YamlScalar } from '../../src/parse/yaml.js';
import { readCommonYaml } from '../../src/parse/yaml-common.js';

/**
 * readCommonYaml is a shortcut: where it reads a text at all, it must give exactly what the
 * yaml package gives (parseYamlFully): documents, keys, values, styles, every span and text
 * run, comments. Where it cannot, parseYaml falls back. These tests hold the two equal on
 * every YAML file at hand, on the corners of the grammar, and on generated and mutated texts.
 */
function common(text: string) {
  return readCommonYaml(text, MAX_YAML_NODES, 500);
}

/** Both readers agree, or the shortcut declines; returns whether the shortcut read it. */
function expectSameOrDeclined(text: string, label = JSON.stringify(text)): boolean {
  const fast = common(text);
  if (!fast) return false;
  const full = parseYamlFully(text);
  expect(full, label).toMatchObject({ ok: true });
  if (full.ok) expect(fast, label).toEqual(full.value);
  return true;
}

const CORPUS = resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

describe('readCommonYaml reads what it reads exactly as the yaml package does', () => {
  const folders = [join(PROJECT_ROOT, 'fixtures'), join(PROJECT_ROOT, 'examples'), ...(existsSync(CORPUS) ? [CORPUS] : [])];
  const files = folders.flatMap((folder) => filesBelow(folder)).filter((file) => /\.ya?ml$/.test(file));

  test('every YAML fixture, example and corpus file it reads', () => {
    const read = files.filter((file) => expectSameOrDeclined(readFileSync(file, 'utf8'), displayPath(file)));
    // The shortcut must carry most real files, or it is dead weight.
    expect(read.length).toBeGreaterThan(files.length / 2);
    // Above all, Strimzi and Confluent custom resources: what a one-file pre-commit run reads.
    const resources = files.filter((file) => /^kind: *Kafka/m.test(readFileSync(file, 'utf8')));
    expect(resources.length).toBeGreaterThan(5);
    expect(resources.filter((file) => read.includes(file)).length / resources.length).toBeGreaterThan(0.8);
  });

  // [text, read by the shortcut?]: the corners of the subset and of the yaml package's ranges.
  const CASES: [string, boolean][] = [
    ['a: 1\n', true],
    ['a: 1', true],
    ['a:\n  b: 1 # x\n  # c\nd: 2\n', true], // a trailing comment at the inner indent stays with the inner map
    ['a:\n  b: 1 # x\n# c\nd: 2\n', true], // one at the outer indent passes to the outer map
    ['a:\n  b:\n    # c\n  e: 1\n', true],
    ['a:\n  b:   # c\n  e:\n', true],
    ['a:\n  b:\n# c\nd: 2\n', true], // comments after an empty value belong to it, at any indent
    ['a:\n  - \n# c\nd: 2\n', true],
    ['key:\n- x\n# c\nk2: 1\n', true],
    ['key:\n- x\n  # c\nk2: 1\n', true],
    ['key:\n  - x\n  # c\nk2: 1\n', true],
    ['key:\n  - a: 1\n    # c\n  - b\n  # d\n', true],
    ['- \n- x\n-   # c\n', true],
    ['a:\n  b: 1\n    # c\n  d: 2\n', true],
    ['a:\n  b: "1"\n    # c\n  d: 2\n', true],
    ['a:\n  b: 1\n   # c\n\n    # e\nd: 2\n', true],
    ['- "x"\n  # c\n- y\n', true],
    ['a  : 1\n"b" : x  \n', true],
    ["q: 'it''s'\nd: \"say\"\n", true],
    ['n: ~\nb: True\no: 0o17\nh: 0x1F\nf: 1.50\ne: 1e3\ni: -.inf\nnan: .NaN\nv: 3.9.0\nz: 007\n', true],
    ['~: 1\ntrue: 2\n3: 3\n', true],
    ['a: {}\nb: []\nc: [ a, "b" , 1,x y ]  # z\nd: [a,]\n', true],
    ['a:\n  b: {}  # c\n    # d\n  e: []\n', true],
    ['---\na: 1\n---\nb: 2\n', true],
    ['a: 1\n---\n', true],
    ['--- # first\n# only a comment\n---\nb: 2\n...\n', false],
    ['---\n', true],
    ['# nothing\n', false],
    ['', false],
    ['  a: 1\n  b: 2\n', true],
    ['- a: 1\n  b: 2\n- c: 3\n', true],
    ['-   a: 1\n    b:\n    - x\n', true],
    ['a: b: c\n', false],
    [`k${' '.repeat(1024)}: 1\n`, false], // a key over 1,024 characters up to its colon is an error
    ['a:\n\n# c\n---\n', false], // comments after an empty value before `---`: some are the document's
    ['a: 1\nx:\n# c\n# d\n---\nb: 1\n', false],
    ['a:\n# c\n', true],
    ['a: 1\n b: 2\n', false],
    ['a:\n  - x\n - y\n', false],
    ['a: x\n  continued\n', true],
    ['a: one\n  two\n\n  three\nb: 1\n', true], // folded: a space, or a line break per empty line
    ['- one\n   two  \n- x\n', true],
    ['a: one\n  two # c\n  # d\nb: 1\n', true],
    ['a: one\n  #two\n', true],
    ['a: 1\n  2\n', true], // "1 2": a string
    ['a: one\n  - two\n', false], // text to the yaml package, but an indicator first: declined
    ['a: one\n  two: x\n', false],
    ['a: "one"\n  two\n', false],
    ['a: one # c\n  two\n', false],
    ['a: |\n  text\n', true],
    ['a: |-\n    first\n      more  \n\n    last\n\n\nb: 1\n', true],
    ['a: | # header\n  x\n# after\nb: 1\n', true],
    ['- |\n  one\n- |-\n  two\n', true],
    ['a:\n  b: |\n    x\n   # between\n  c: 1\n', false],
    ['a: |+\n  kept\n\n', false],
    ['a: |2\n   indented\n', false],
    ['a: >\n  folded\n', false],
    ['a: |\n\n  leading empty\n', false],
    ['a: |\n  # content, not a comment\n', false],
    ['a: |\n  x\n  \n  y\n', false], // a line of spaces
    ['a: |\nb: 1\n', false],
    ['a: &x 1\nb: *x\n', false],
    ['<<: {a: 1}\n', false],
    ['"<<": 1\n', false],
    ['a: "\\t"\n', true],
    ['jaas: "org.Plain required username=\\"u\\" password=\\"p\\";"\n"k\\"ey": "\\\\ \\/ \\0 \\a \\e \\N \\_ \\L \\P \\ "\n', true],
    ['a: "\\x41\\u00e9\\U0001F600\\uD800"\n', true],
    ['a: "\\q"\n', false], // not an escape: an error
    ['a: "\\x4"\n', false],
    ['a: "\\U00110000"\n', false],
    ['a: "line \\\n  continued"\n', false],
    ['a: "\\"\n', false],
    ['a:\tb\n', false],
    ['a: 1\r\nb: 2\r\n', false],
    ['a: café\n', false],
    ['%YAML 1.2\n---\na: 1\n', false],
    ['? a\n: 1\n', false],
    ['a: [b: 1]\n', false],
    ['a: {b: 1}\n', false],
    ['a: [x\n', false],
    ['a: [x y, -, true]\n', false], // `-` before a flow indicator is an empty entry, an error
    ['a: [-x, -1]\n', true],
    ['- - x\n', false],
    ['scalar\n', false],
    ['a: 1\nscalar\n', false],
  ];

  test.each(CASES)('%j (read by the shortcut: %s)', (text, read) => {
    expect(expectSameOrDeclined(text)).toBe(read);
  });

  test('parseYaml (the shortcut first, the yaml package when it declines) gives what the yaml package gives, errors included', () => {
    for (const [text] of CASES) expect(parseYaml(text), JSON.stringify(text)).toEqual(parseYamlFully(text));
  });

  test('the node budget and depth limit send a text to the yaml package, which reports them', () => {
    expect(readCommonYaml('a: 1\nb: 2\n', 4, 500)).toBeUndefined();
    expect(readCommonYaml('a: 1\nb: 2\n', 5, 500)).toBeDefined();
    const deep = Array.from({ length: 5 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n');
    expect(readCommonYaml(`${deep} 1\n`, MAX_YAML_NODES, 4)).toBeUndefined();
    expect(readCommonYaml(`${deep} 1\n`, MAX_YAML_NODES, 10)).toBeDefined();
  });
});

// Generated texts: trees of the subset written in the ways people write them.
type Tree = { kind: 'map'; pairs: [string, Tree][] } | { kind: 'seq'; items: Tree[] } | { kind: 'scalar'; text: string };

const SCALARS = [
  '', 'a', 'x y', 'true', 'False', 'null', 'Null', '~', '1', '-1', '+2', '007', '0o17', '0o8', '0x1f', '0xZ', '1.5', '1.50', '.5', '1e3', '-2E-2', '.inf',
  'one\ntwo', 'one\n\nthree  ', 'x\n- y', 'x\ny: z', 'a\n#b', '1\n2',
  '|\nline one\n  more indented  \n\nlast line', '|-\njaas required\npassword="x";', '|\n# hash first', '|\n\nleading empty', '|+\nkept\n', '>\nfolded',
  '-.Inf', '+.INF', '.NaN', '-.nan', '.Nan', '0o', '0x', '+.5', '1.', '-0', '+0x1', '1_000', '0b1', '1e', 'e3', '.', '+', '-x', '12345678901234567890123', '9.9e999',
  'nulls', 'TRue', 'yes', '3.9.0', 'localhost:9092', 'a#b', 'CN=admin,O=x', '${VAR:-x}', '-Xmx1g', 'a]b', 'a}', 'http://x/y?z=1', "'quoted'", "'it''s'", "''",
  '"double"', '""', '"a: b # c"', '"say \\"hi\\""', '"tab\\there"', '"\\\\server\\\\share"', '"\\u00e9\\x41"', '"\\q"', '"\\"', "'# not a comment'", '{}', '[]', '[a, b]', '[ "9092:9092", 1 ]', '[a,]', '[ ]', '[x y, -1, true]',
];
const KEYS = ['a', 'b', 'key', 'bootstrap.servers', 'x-y', '1', 'true', '~', 'null', '"quoted key"', "'single'", 'a b', 'KAFKA_CFG_X'];

const treeArbitrary = fc.letrec<{ node: Tree; scalar: Tree; map: Tree; seq: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, tie('scalar'), tie('map'), tie('seq')),
  scalar: fc.constantFrom(...SCALARS).map((text) => ({ kind: 'scalar' as const, text })),
  map: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4 }).map((pairs) => ({ kind: 'map' as const, pairs })),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items) => ({ kind: 'seq' as const, items })),
})).node;

function scalarsOf(node: YamlNode | undefined): YamlScalar[] {
  if (!node) return [];
  if (node.kind === 'scalar') return [node];
  return node.kind === 'map' ? node.pairs.flatMap((pair) => scalarsOf(pair.value)) : node.items.flatMap(scalarsOf);
}

/** A small deterministic generator of layout choices. */
function choices(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

function render(tree: Tree, pick: (n: number) => number): string[] {
  const lines: string[] = [];
  const comment = () => (pick(6) === 0 ? `${' '.repeat(1 + pick(2))}# c${pick(3) === 0 ? '  ' : ''}` : '');
  const trailing = () => (pick(8) === 0 ? ' '.repeat(1 + pick(2)) : '');
  const pending: string[] = [];
  const flush = () => lines.push(...pending.splice(0));
  const emit = (line: string) => {
    lines.push(line + comment() + trailing());
    flush();
    while (pick(5) === 0) lines.push(pick(2) === 0 ? ' '.repeat(pick(3)) : `${' '.repeat(pick(9))}#${pick(2) === 0 ? ' note' : ''}`);
  };
  const step = () => 1 + pick(4);
  /** A block scalar's header goes on the line, its body below, `indent` deeper than the collection. */
  const inline = (text: string, indent: number): string => {
    const [header, ...body] = text.split('\n');
    if (body.length === 0) return text;
    const pad = ' '.repeat(indent + step());
    pending.push(...body.map((line) => (line === '' ? '' : pad + line)));
    return header!;
  };
  const write = (node: Tree, indent: number, prefix: string): void => {
    const pad = ' '.repeat(indent);
    if (node.kind === 'scalar') {
      emit(`${prefix}${node.text === '' ? '' : ' '.repeat(prefix === '' ? 0 : 1 + pick(2)) + node.text}`.replace(/^ +/, prefix === '' ? pad : ''));
      return;
    }
    if (node.kind === 'map') {
      node.pairs.forEach(([key, value], index) => {
        const lead = index === 0 && prefix !== '' ? prefix : pad;
        const keyText = `${lead}${key}${pick(10) === 0 ? ' ' : ''}:`;
        if (value.kind === 'scalar') emit(value.text === '' ? keyText : `${keyText}${' '.repeat(1 + pick(2))}${inline(value.text, indent)}`);
        else {
          emit(keyText);
          const inner = value.kind === 'seq' && pick(2) === 0 ? indent : indent + step();
          write(value, inner, '');
        }
      });
      return;
    }
    for (const item of node.items) {
      const dash = `${pad}-`;
      if (item.kind === 'scalar') emit(item.text === '' ? dash : `${dash}${' '.repeat(1 + pick(2))}${inline(item.text, indent)}`);
      else if (item.kind === 'map' && pick(3) !== 0) {
        const gap = 1 + pick(3);
        write(item, indent + 1 + gap, `${dash}${' '.repeat(gap)}`);
      } else {
        emit(dash);
        write(item, indent + step(), '');
      }
    }
  };
  write(tree, pick(4) === 0 ? pick(3) : 0, '');
  return lines;
}

function renderFile(trees: Tree[], seed: number): string {
  const pick = choices(seed);
  const documents = trees.map((tree) => render(tree, pick).join('\n'));
  const leading = pick(3) === 0 ? `---${pick(2) === 0 ? ' # start' : ''}\n` : '';
  const ending = pick(4) === 0 ? '\n---' : '';
  return `${leading}${documents.join('\n---\n')}${ending}${pick(5) === 0 ? '' : '\n'}`;
}

/** A configuration file's root is a mapping or a sequence. */
const rootArbitrary = treeArbitrary.filter((tree) => tree.kind !== 'scalar');

const fileArbitrary = fc.tuple(fc.array(rootArbitrary, { minLength: 1, maxLength: 3 }), fc.integer()).map(([trees, seed]) => renderFile(trees, seed));

describe('readCommonYaml on generated texts', () => {
  test('written in the subset: read, and read as the yaml package reads them', () => {
    let read = 0;
    let readBlocks = 0;
    let readFolded = 0;
    let total = 0;
    fc.assert(
      fc.property(fileArbitrary, (text) => {
        total++;
        if (!expectSameOrDeclined(text)) return;
        read++;
        const scalars = common(text)!.documents.flatMap((document) => scalarsOf(document.root));
        if (scalars.some((scalar) => scalar.style === 'literal')) readBlocks++;
        if (scalars.some((scalar) => scalar.style === 'plain' && scalar.span.endLine > scalar.span.line)) readFolded++;
      }),
      { numRuns: Number(process.env.RUNS ?? 1500) },
    );
    // Many generated texts are in the subset, block and folded scalars included (the rest hold
    // forms it declines on purpose, or `a: b: c`-like mistakes the layout can make).
    expect(read / total).toBeGreaterThan(0.2);
    expect(readBlocks / total).toBeGreaterThan(0.03);
    expect(readFolded / total).toBeGreaterThan(0.03);
  });

  const EDITS = [' ', '  ', '\n', '#', ' #', ':', ': ', '-', '- ', '"', "'", '[', ']', '{', '}', ',', 'a', '\\', '---\n', '\t', '&a ', '*a', '!t ', '|', '>'];

  test('mutated: wherever the shortcut still reads, it agrees', () => {
    fc.assert(
      fc.property(fileArbitrary, fc.array(fc.tuple(fc.nat(), fc.nat(EDITS.length), fc.boolean()), { minLength: 1, maxLength: 4 }), (text, edits) => {
        let mutated = text;
        for (const [where, what, remove] of edits) {
          const at = mutated.length === 0 ? 0 : where % (mutated.length + 1);
          mutated = remove ? mutated.slice(0, at) + mutated.slice(at + 1) : mutated.slice(0, at) + (EDITS[what] ?? '') + mutated.slice(at);
        }
        expectSameOrDeclined(mutated);
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    );
  });
});
