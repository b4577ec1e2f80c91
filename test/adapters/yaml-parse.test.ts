import { describe, expect, test } from 'vitest';
import { mapGet, MAX_YAML_NODES, nodeAt, parseYaml, scalarSubSpan, type YamlFile, type YamlScalar } from '../../src/parse/yaml.js';

function parsed(text: string): YamlFile {
  const result = parseYaml(text);
  if (!result.ok) throw new Error(`unexpected error ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('parseYaml', () => {
  test('keys and values keep exact 1-based positions', () => {
    const file = parsed('spec:\n  kafka:\n    config:\n      min.insync.replicas: 2\n      ssl.protocol: "TLSv1.3"\n');
    const config = nodeAt(file.documents[0]!.root, ['spec', 'kafka', 'config']);
    const pair = mapGet(config, 'min.insync.replicas')!;
    expect(pair.keySpan).toEqual({ line: 4, column: 7, endLine: 4, endColumn: 26 });
    expect(pair.value.span).toEqual({ line: 4, column: 28, endLine: 4, endColumn: 29 });
    expect((pair.value as YamlScalar).text).toBe('2');
    const quoted = mapGet(config, 'ssl.protocol')!.value as YamlScalar;
    expect(quoted.span).toEqual({ line: 5, column: 21, endLine: 5, endColumn: 30 });
    // The text without quotes is located exactly.
    expect(scalarSubSpan(quoted, 0, 7)).toEqual({ line: 5, column: 22, endLine: 5, endColumn: 29 });
  });

  test('every document of a multi-document file, empty ones kept as undefined', () => {
    const file = parsed('a: 1\n---\n---\nb: 2\n');
    expect(file.documents.map((document) => document.root?.kind)).toEqual(['map', undefined, 'map']);
    expect(mapGet(file.documents[2]!.root, 'b')!.keySpan.line).toBe(4);
  });

  test('columns count UTF-16 code units', () => {
    const file = parsed('k: "é😀"\nnext: v\n');
    expect(mapGet(file.documents[0]!.root, 'next')!.value.span).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 8 });
    const value = mapGet(file.documents[0]!.root, 'k')!.value as YamlScalar;
    expect(value.span.endColumn - value.span.column).toBe(5);
  });

  test('literal block scalars map each line of the text to its source line', () => {
    const text = 'command: |\n  curl -d \'{\n      "a": "b"\n    }\'\n';
    const scalar = mapGet(parsed(text).documents[0]!.root, 'command')!.value as YamlScalar;
    expect(scalar.text).toBe('curl -d \'{\n    "a": "b"\n  }\'\n');
    const start = scalar.text.indexOf('"a"');
    expect(scalarSubSpan(scalar, start, start + 3)).toEqual({ line: 3, column: 7, endLine: 3, endColumn: 10 });
  });

  test('merge keys: explicit keys win over merged ones, earlier merges over later', () => {
    const file = parsed('base: &base\n  A: "1"\n  B: "2"\nother: &other\n  B: "3"\n  C: "4"\nsvc:\n  <<: [*base, *other]\n  A: "x"\n');
    const svc = mapGet(file.documents[0]!.root, 'svc')!.value;
    const values = Object.fromEntries((svc.kind === 'map' ? svc.pairs : []).map((pair) => [pair.key, (pair.value as YamlScalar).text]));
    expect(values).toEqual({ A: 'x', B: '2', C: '4' });
    // A merged value keeps the location of the anchor it came from.
    expect(mapGet(svc, 'B')!.keySpan.line).toBe(3);
  });

  test('duplicate keys are kept; the last one wins on lookup', () => {
    const file = parsed('k: 1\nk: 2\n');
    expect((mapGet(file.documents[0]!.root, 'k')!.value as YamlScalar).text).toBe('2');
  });

  test('unknown tags construct nothing: the value stays a plain string', () => {
    const file = parsed('a: !!js/function "function () { return 1 }"\nb: !Ref other\n');
    const a = mapGet(file.documents[0]!.root, 'a')!.value as YamlScalar;
    expect(typeof a.value).toBe('string');
    expect((mapGet(file.documents[0]!.root, 'b')!.value as YamlScalar).text).toBe('other');
  });

  test('comments are collected with their lines; # inside a block scalar is text', () => {
    const file = parsed('# top\na: 1 # trailing\nb: |\n  # not a comment\n');
    expect(file.comments).toEqual([
      { line: 1, text: ' top' },
      { line: 2, text: ' trailing' },
    ]);
  });

  test('an alias bomb is an error, not an out-of-memory crash', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const result = parseYaml(`${levels.join('\n')}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(`YAML aliases expand to more than ${MAX_YAML_NODES} nodes; not read`);
  });

  test('deep nesting is an error, not a stack overflow', () => {
    for (const depth of [600, 100_000]) {
      const result = parseYaml(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
      expect(result.ok).toBe(false);
    }
  });

  test('errors name the place and the problem, never the text', () => {
    const result = parseYaml('services:\n  kafka:\n    image: x\n   environment: CANARY-yaml-secret: 1\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.line).toBe(4);
      expect(result.error.message).toMatch(/^not valid YAML \([a-z ]+\)$/);
      expect(result.error.message).not.toContain('CANARY');
    }
  });

  test('JSON is YAML: a connector JSON saved as .yaml parses with positions', () => {
    const file = parsed('{\n  "name": "x",\n  "config": {"connector.class": "C"}\n}\n');
    expect(mapGet(nodeAt(file.documents[0]!.root, ['config']), 'connector.class')!.keySpan).toEqual({ line: 3, column: 14, endLine: 3, endColumn: 31 });
  });
});
