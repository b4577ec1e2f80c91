import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseProperties, type PropertiesSyntax, type PropertyEntry } from '../../src/parse/properties.js';
import { LineIndex } from '../../src/parse/result.js';

/**
 * The oracle is java.util.Properties.load(InputStream) on JDK 17, recorded in golden.json by
 * scripts/make-properties-golden.mjs. Regenerate with `npm run golden:properties`.
 */
const FIXTURES = new URL('../../fixtures/parse/properties/', import.meta.url);

type Golden = { ok: true; entries: [string, string][] } | { ok: false; error: string };
interface PropertiesCase {
  readonly name: string;
  /** The file's bytes decoded as ISO-8859-1, as Properties.load(InputStream) reads them. */
  readonly text: string;
}

const golden = JSON.parse(readFileSync(new URL('golden.json', FIXTURES), 'utf8')) as { javaVersion: string; cases: Record<string, Golden> };

const handCases: PropertiesCase[] = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.properties'))
  .sort()
  .map((file) => ({ name: file.slice(0, -'.properties'.length), text: readFileSync(new URL(file, FIXTURES)).toString('latin1') }));

const randomCases: PropertiesCase[] = readFileSync(new URL('random.jsonl', FIXTURES), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as PropertiesCase);

function expectedFor(name: string): Golden {
  const expected = golden.cases[name];
  if (!expected) throw new Error(`golden.json has no case ${name}; run npm run golden:properties`);
  return expected;
}

/** What Kafka ends up with: one value per key, the last duplicate winning, sorted like Java's TreeMap. */
function finalMap(syntax: PropertiesSyntax): [string, string][] {
  const map = new Map<string, string>();
  for (const entry of syntax.entries) map.set(entry.key, entry.value);
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function parsed(text: string): PropertiesSyntax {
  const result = parseProperties(text);
  if (!result.ok) throw new Error(`unexpected parse error: ${JSON.stringify(result.error)}`);
  return result.value;
}

function checkAgainstJava({ name, text }: PropertiesCase): void {
  const expected = expectedFor(name);
  const result = parseProperties(text);
  if (expected.ok) {
    expect(result.ok ? 'parsed' : result.error).toBe('parsed');
    if (result.ok) expect(finalMap(result.value)).toEqual(expected.entries);
  } else {
    expect(expected.error).toBe('IllegalArgumentException: Malformed \\uxxxx encoding.');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Malformed \\uxxxx encoding/);
  }
}

describe('the golden corpus', () => {
  test('was recorded with Java 17', () => {
    expect(golden.javaVersion).toMatch(/^17\./);
  });

  test('covers exactly the committed inputs', () => {
    const inputs = [...handCases, ...randomCases].map((c) => c.name).sort();
    expect(new Set(inputs).size).toBe(inputs.length);
    expect(inputs).toEqual(Object.keys(golden.cases).sort());
    expect(handCases.length).toBeGreaterThan(100);
    expect(randomCases.length).toBe(2000);
  });

  test('mixes parsed and malformed inputs', () => {
    const results = Object.values(golden.cases);
    expect(results.filter((r) => !r.ok).length).toBeGreaterThan(100);
    expect(results.filter((r) => r.ok && r.entries.length > 1).length).toBeGreaterThan(1000);
  });

  test('holds only latin1 text', () => {
    for (const { name, text } of randomCases) expect(/^[\u0000-\u00ff]*$/.test(text), name).toBe(true);
  });
});

describe('parseProperties reads hand-written cases as Java does', () => {
  test.each(handCases)('$name', (c) => checkAgainstJava(c));
});

describe('parseProperties reads generated cases as Java does', () => {
  test.each(randomCases)('$name', (c) => checkAgainstJava(c));
});

test('every comment is the rest of its physical line after the # or ! that starts it', () => {
  let comments = 0;
  for (const { name, text } of [...handCases, ...randomCases]) {
    const parsed = parseProperties(text);
    if (!parsed.ok) continue;
    const physical = text.split(/\r\n|\r|\n/);
    for (const comment of parsed.value.comments) {
      const line = physical[comment.line - 1]!.replace(/^[ \t\f]*/, '');
      expect([name, line[0] === '#' || line[0] === '!', line.slice(1)]).toEqual([name, true, comment.text]);
      comments++;
    }
  }
  expect(comments).toBeGreaterThan(500);
});

/**
 * Java's behaviour on the cases that surprise people, written down by hand so that a broken
 * regeneration of golden.json cannot quietly change what the parser is held to.
 */
describe('documented Java behaviour', () => {
  const cases: [string, [string, string][]][] = [
    ['utf8-bom', [['c', 'd'], ['\u00ef\u00bb\u00bfa', 'b']]],
    ['utf8-bom-then-comment', [['a', 'b'], ['\u00ef\u00bb\u00bf#', 'comment']]],
    ['utf8-multibyte-read-as-latin1', [['k', 'caf\u00c3\u00a9 \u00e2\u0082\u00ac']]],
    ['backslash-only-line', [['', '']]],
    ['backslash-only-then-comment', [['a', 'b']]],
    ['continuation-hash-is-not-comment', [['a', 'b#not a comment']]],
    ['comment-ending-with-backslash', [['a', 'b'], ['c', 'd']]],
    ['continuation-into-blank-line', [['a', 'b'], ['c', 'd']]],
    ['continuation-even-backslashes', [['a', 'b\\'], ['c', '']]],
    ['continuation-odd-backslashes', [['a', 'b\\c']]],
    ['continuation-at-eof', [['a', 'b']]],
    ['continuation-inside-unicode-escape', [['a', 'A']]],
    ['continuation-lf-then-cr', [['a', 'b'], ['c', 'd']]],
    ['escaped-separators-in-key', [['a=b', 'c'], ['d:e', 'f'], ['g h', 'i'], ['j\tk', 'l']]],
    ['sep-whitespace-then-second-equals', [['a', '= b'], ['c', ': d'], ['e', ':f']]],
    ['trailing-whitespace-kept', [['a', 'b  \t\f'], ['c', 'd '], ['e', 'f\t']]],
    ['escapes-unknown', [['a', 'qb0"\'xav']]],
    ['latin1-nbsp-is-not-whitespace', [['\u00a0a\u00a0', '\u00a0b']]],
    ['duplicate-keys-last-wins', [['a', '3'], ['b', '2']]],
    ['windows-path-value', [['bad', 'C:kafka\new'], ['ssl.truststore.location', 'C:\\kafka\\truststore.jks']]],
  ];

  test.each(cases)('%s', (name, entries) => {
    expect(expectedFor(name)).toEqual({ ok: true, entries });
    const text = readFileSync(new URL(`${name}.properties`, FIXTURES)).toString('latin1');
    expect(finalMap(parsed(text))).toEqual(entries);
  });
});

/** 1-based positions of an entry's key and value, for comparing with hand-computed ones. */
function spans(syntax: PropertiesSyntax, entry: PropertyEntry) {
  const at = (offset: number) => {
    const { line, column } = syntax.lines.position(offset);
    return `${line}:${column}`;
  };
  return { key: entry.key, keyFrom: at(entry.keyStart), keyTo: at(entry.keyEnd), valueFrom: at(entry.valueStart), valueTo: at(entry.valueEnd) };
}

describe('positions', () => {
  test('single-line entries, separators and surrounding whitespace', () => {
    const syntax = parsed('a=b\n  key = value  \n\tc:d\n');
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([
      { key: 'a', keyFrom: '1:1', keyTo: '1:2', valueFrom: '1:3', valueTo: '1:4' },
      { key: 'key', keyFrom: '2:3', keyTo: '2:6', valueFrom: '2:9', valueTo: '2:16' },
      { key: 'c', keyFrom: '3:2', keyTo: '3:3', valueFrom: '3:4', valueTo: '3:5' },
    ]);
  });

  test('a value continued over three lines with LF, CRLF and a tab indent', () => {
    // line 1 `list=one,\`   line 2 `   two,\` (CRLF)   line 3 `\tthree`   line 4 `next=1`
    const syntax = parsed('list=one,\\\n   two,\\\r\n\tthree\nnext=1');
    expect(syntax.entries.map((e) => [e.key, e.value])).toEqual([
      ['list', 'one,two,three'],
      ['next', '1'],
    ]);
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([
      { key: 'list', keyFrom: '1:1', keyTo: '1:5', valueFrom: '1:6', valueTo: '3:7' },
      { key: 'next', keyFrom: '4:1', keyTo: '4:5', valueFrom: '4:6', valueTo: '4:7' },
    ]);
  });

  test('a key continued onto the next line', () => {
    const syntax = parsed('ke\\\n  y = v\n');
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([{ key: 'key', keyFrom: '1:1', keyTo: '2:4', valueFrom: '2:7', valueTo: '2:8' }]);
  });

  test('empty values sit at the end of the line where the text ends', () => {
    // `cont=\` continues into a blank line: the value is empty and ends after the backslash.
    const syntax = parsed('empty=\nbare\ncont=\\\n\nlast');
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([
      { key: 'empty', keyFrom: '1:1', keyTo: '1:6', valueFrom: '1:7', valueTo: '1:7' },
      { key: 'bare', keyFrom: '2:1', keyTo: '2:5', valueFrom: '2:5', valueTo: '2:5' },
      { key: 'cont', keyFrom: '3:1', keyTo: '3:5', valueFrom: '3:7', valueTo: '3:7' },
      { key: 'last', keyFrom: '5:1', keyTo: '5:5', valueFrom: '5:5', valueTo: '5:5' },
    ]);
  });

  test('a continuation backslash at the end of the file is not part of the value', () => {
    for (const text of ['k=v\\', 'k=v\\\n', 'k=v\\\r\n']) {
      const syntax = parsed(text);
      expect(syntax.entries.map((e) => spans(syntax, e)), JSON.stringify(text)).toEqual([{ key: 'k', keyFrom: '1:1', keyTo: '1:2', valueFrom: '1:3', valueTo: '1:4' }]);
    }
  });

  test('a last line of only a backslash is the entry "" = "" at that backslash', () => {
    const syntax = parsed('a=1\n  \\\n');
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([
      { key: 'a', keyFrom: '1:1', keyTo: '1:2', valueFrom: '1:3', valueTo: '1:4' },
      { key: '', keyFrom: '2:3', keyTo: '2:3', valueFrom: '2:4', valueTo: '2:4' },
    ]);
  });

  test('a backslash-only line followed by a blank line joins nothing and the next line starts afresh', () => {
    // The empty logical line is not ended by the blank line: Java keeps reading, so `b=2` is next.
    const syntax = parsed('a=1\n  \\\n\nb=2');
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([
      { key: 'a', keyFrom: '1:1', keyTo: '1:2', valueFrom: '1:3', valueTo: '1:4' },
      { key: 'b', keyFrom: '4:1', keyTo: '4:2', valueFrom: '4:3', valueTo: '4:4' },
    ]);
  });

  test('lone CR and CRLF both end lines', () => {
    const syntax = parsed('a=1\rb=2\r\nc=3');
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([
      { key: 'a', keyFrom: '1:1', keyTo: '1:2', valueFrom: '1:3', valueTo: '1:4' },
      { key: 'b', keyFrom: '2:1', keyTo: '2:2', valueFrom: '2:3', valueTo: '2:4' },
      { key: 'c', keyFrom: '3:1', keyTo: '3:2', valueFrom: '3:3', valueTo: '3:4' },
    ]);
  });

  test('escapes are located in the source, not in the decoded value', () => {
    const syntax = parsed('k\\ 1=\\u0041x\n\u00ef\u00bb\u00bf=y');
    expect(syntax.entries.map((e) => [e.key, e.value])).toEqual([
      ['k 1', 'Ax'],
      ['\u00ef\u00bb\u00bf', 'y'],
    ]);
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([
      { key: 'k 1', keyFrom: '1:1', keyTo: '1:5', valueFrom: '1:6', valueTo: '1:13' },
      { key: '\u00ef\u00bb\u00bf', keyFrom: '2:1', keyTo: '2:4', valueFrom: '2:5', valueTo: '2:6' },
    ]);
  });

  test('the last line of a huge file', () => {
    const syntax = parsed('\\\n'.repeat(200_000) + 'k=v');
    expect(syntax.entries.map((e) => spans(syntax, e))).toEqual([{ key: 'k', keyFrom: '200001:1', keyTo: '200001:2', valueFrom: '200001:3', valueTo: '200001:4' }]);
  });
});

describe('malformed \\uXXXX', () => {
  test.each([
    ['in a value', 'a=1\nb=x\\u12\n', { line: 2, column: 4 }],
    ['in a key', 'a=1\n\n \\u12G4=x\n', { line: 3, column: 2 }],
    ['at the end of the file', 'a=\\u123', { line: 1, column: 3 }],
    ['after a continuation', 'a=\\\n  \\u1', { line: 2, column: 3 }],
    ['split by a continuation into a blank line', 'a=\\u00\\\n\n41', { line: 1, column: 3 }],
  ])('%s is an error at the backslash', (_name, text, position) => {
    expect(parseProperties(text)).toEqual({ ok: false, error: { ...position, message: expect.stringMatching(/^Malformed \\uxxxx encoding/) } });
  });

  test('is fine in a comment and after an escaped backslash', () => {
    expect(finalMap(parsed('# \\u12\na=\\\\u12\n'))).toEqual([['a', '\\u12']]);
  });
});

describe('comments', () => {
  test('are recorded with their line and text', () => {
    const text = [
      '# one', //                 1: comment
      '  ! two \\', //            2: comment; its backslash continues nothing
      'key=v # not', //           3: entry
      'a=b\\', //                 4: entry continued...
      '#not a comment', //        5: ...so this is value text
      '\\', //                    6: a lone backslash joins line 7 to an empty logical line
      '\t#three', //              7: ...which makes this a comment again
      'c=d', //                   8: entry
      '',
    ].join('\r\n');
    const syntax = parsed(text);
    expect(syntax.comments).toEqual([
      { line: 1, text: ' one' },
      { line: 2, text: ' two \\' },
      { line: 7, text: 'three' },
    ]);
    expect(finalMap(syntax)).toEqual([
      ['a', 'b#not a comment'],
      ['c', 'd'],
      ['key', 'v # not'],
    ]);
  });

  test('a BOM before # makes the line an entry, not a comment', () => {
    const syntax = parsed('\u00ef\u00bb\u00bf# title\n!x');
    expect(syntax.comments).toEqual([{ line: 2, text: 'x' }]);
    expect(finalMap(syntax)).toEqual([['\u00ef\u00bb\u00bf#', 'title']]);
  });

  test('at the end of the file without a line end', () => {
    expect(parsed('a=b\n#last').comments).toEqual([{ line: 2, text: 'last' }]);
  });
});

describe('LineIndex', () => {
  test('counts LF, CR and CRLF as one line end each', () => {
    const lines = new LineIndex('a\r\nb\rc\nd\n\re');
    expect(lines.lineCount).toBe(6);
    expect([0, 3, 5, 7, 9, 10].map((offset) => lines.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 5, column: 1 },
      { line: 6, column: 1 },
    ]);
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
  });

  test('gives every offset the line and column of a character-by-character count (property)', () => {
    const reference = (text: string, offset: number): { line: number; column: number } => {
      let line = 1;
      let start = 0;
      for (let i = 0; i < offset; i++) {
        const code = text.charCodeAt(i);
        if (code === 13 && text.charCodeAt(i + 1) === 10) continue; // the LF ends the line
        if (code === 10 || code === 13) {
          line++;
          start = i + 1;
        }
      }
      return { line, column: offset - start + 1 };
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\r', '\n', '\r\n', 'a', 'bc'), { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        const lines = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          expect(lines.position(offset)).toEqual(reference(text, offset));
        }
        expect(lines.lineCount).toBe(reference(text, text.length).line);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('large inputs parse in linear time', () => {
  test('a 5 MB line', () => {
    const value = 'v'.repeat(5 * 1024 * 1024);
    const syntax = parsed(`k=${value}\nnext=1`);
    expect(syntax.entries[0]?.value.length).toBe(value.length);
    expect(syntax.lines.position(syntax.entries[0]!.valueEnd)).toEqual({ line: 1, column: value.length + 3 });
    expect(syntax.entries[1]?.key).toBe('next');
  });

  test('200k backslashes', () => {
    expect(parsed('k=' + '\\'.repeat(200_000)).entries[0]?.value).toBe('\\'.repeat(100_000));
    // An odd run ends in a continuation at the end of the file; Java drops that backslash.
    expect(parsed('k=' + '\\'.repeat(200_001)).entries[0]?.value).toBe('\\'.repeat(100_000));
  });

  test('200k continuation lines and 200k escapes', () => {
    expect(parsed('k=' + 'a\\\n '.repeat(200_000)).entries[0]?.value).toBe('a'.repeat(200_000));
    expect(parsed('k=' + '\\u0041'.repeat(200_000)).entries[0]?.value).toBe('A'.repeat(200_000));
  });
});
