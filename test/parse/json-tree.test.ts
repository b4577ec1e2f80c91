import { parseExpression } from '@babel/parser';
import type { Expression } from '@babel/types';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseJson, type JsonNode } from '../../src/parse/json.js';
import { LineIndex } from '../../src/parse/result.js';

/**
 * The tree @babel/parser gave parseJson until 2026-12, as src/parse/json.ts built it: the
 * reference the reader that replaced it must match node for node, position for position.
 */
function babelTree(text: string): JsonNode {
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const lines = new LineIndex(body);
  const span = (node: { start?: number | null; end?: number | null }) => {
    const from = lines.position(node.start ?? 0);
    const to = lines.position(node.end ?? node.start ?? 0);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  const convert = (node: Expression): JsonNode => {
    switch (node.type) {
      case 'ObjectExpression':
        return {
          kind: 'object',
          members: node.properties.map((property) => {
            if (property.type !== 'ObjectProperty' || property.key.type !== 'StringLiteral') throw new Error('not JSON');
            return { key: property.key.value, keySpan: span(property.key), value: convert(property.value as Expression) };
          }),
          span: span(node),
        };
      case 'ArrayExpression':
        return { kind: 'array', items: node.elements.map((element) => convert(element as Expression)), span: span(node) };
      case 'StringLiteral':
        return { kind: 'string', value: node.value, span: span(node) };
      case 'NumericLiteral':
        return { kind: 'number', value: node.value, raw: String((node.extra?.raw as string | undefined) ?? node.value), span: span(node) };
      case 'UnaryExpression': {
        const value = node.argument.type === 'NumericLiteral' ? -node.argument.value : Number.NaN;
        return { kind: 'number', value, raw: String(value), span: span(node) };
      }
      case 'BooleanLiteral':
        return { kind: 'boolean', value: node.value, span: span(node) };
      case 'NullLiteral':
        return { kind: 'null', span: span(node) };
      default:
        throw new Error(`unexpected ${node.type}`);
    }
  };
  return convert(parseExpression(body, { errorRecovery: true, tokens: false }));
}

function ours(text: string): JsonNode {
  const result = parseJson(text);
  if (!result.ok) throw new Error(`rejected: ${result.error.message}`);
  return result.value;
}

/** JSON text for a value, laid out in one of several ways, with some characters escaped. */
const jsonText = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 0, 1, 2, '\t', '\r\n  '), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([value, indent, escapeNonAscii, escapeSlash, bom]) => {
    let text = typeof indent === 'string' && indent.startsWith('\r') ? JSON.stringify(value, null, 2).replace(/\n/g, '\r\n') : JSON.stringify(value, null, indent);
    if (escapeNonAscii) text = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (escapeSlash) text = text.replace(/\//g, '\\/');
    return `${bom ? '\ufeff' : ''} ${text}\n`;
  });

describe('parseJson positions (its own reader, formerly @babel/parser)', () => {
  test('the same tree, values and positions as @babel/parser gave (property)', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        expect(ours(text)).toEqual(babelTree(text));
      }),
      { numRuns: 1500 },
    );
  });

  test.each([
    ['numbers as written, negatives as read', '[0, -0, 1.50, -2.5e3, 1E+2, 12345678901234567890, -1e400, 1e-400]'],
    ['escapes and duplicate keys', '{"a\\u00e9\\n": "\\ud83d\\ude00\\"\\\\\\/", "a\\u00e9\\n": [], "__proto__": {"__proto__": null}}'],
    ['empty containers and nesting', '{"a": {}, "b": [[], [{}]], "c": true, "d": false}'],
    ['a connector config', '{\n  "name": "jdbc-sink",\n  "config": {\n    "connection.password": "hunter2",\n    "tasks.max": 2\n  }\n}\n'],
  ])('%s', (_name, text) => {
    expect(ours(text)).toEqual(babelTree(text));
  });
});
