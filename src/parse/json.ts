import { createRequire } from 'node:module';
import type { Expression, ObjectExpression, ArrayExpression } from '@babel/types';
import { LineIndex, type ParseResult, type SourceError } from './result.js';
import type { Span } from '../model/location.js';

export type JsonNode =
  | { readonly kind: 'object'; readonly members: readonly JsonMember[]; readonly span: Span }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[]; readonly span: Span }
  | { readonly kind: 'string'; readonly value: string; readonly span: Span }
  | { readonly kind: 'number'; readonly value: number; readonly raw: string; readonly span: Span }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly span: Span }
  | { readonly kind: 'null'; readonly span: Span };

export interface JsonMember {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: JsonNode;
}

type BabelParser = typeof import('@babel/parser');
let babel: BabelParser | undefined;

/** @babel/parser is loaded on the first JSON file only: a properties-only run never pays for it. */
function loadBabel(): BabelParser {
  babel ??= createRequire(import.meta.url)('@babel/parser') as BabelParser;
  return babel;
}

/**
 * Parses strict JSON: `JSON.parse` decides what is valid, @babel/parser supplies the
 * 1-based positions of every key and value. Error messages never quote the input.
 */
export function parseJson(text: string): ParseResult<JsonNode> {
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  try {
    JSON.parse(body);
  } catch (error) {
    return { ok: false, error: locateJsonError(body, error) };
  }
  let expression: Expression;
  try {
    expression = loadBabel().parseExpression(body, { errorRecovery: false, tokens: false });
  } catch (error) {
    return { ok: false, error: babelError(error, 'not valid JSON') };
  }
  try {
    return { ok: true, value: toJsonNode(expression) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, error: { line: 1, column: 1, message: 'JSON nested too deeply to read' } };
    throw error;
  }
}

function locateJsonError(text: string, error: unknown): SourceError {
  if (error instanceof RangeError) return { line: 1, column: 1, message: 'JSON nested too deeply to read' };
  // Babel's messages name the problem and its place without quoting the text (V8's quote it).
  try {
    loadBabel().parseExpression(text, { errorRecovery: false });
  } catch (babelFailure) {
    return babelError(babelFailure, 'not valid JSON');
  }
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  const { line, column } = new LineIndex(text).position(position ? Number(position[1]) : 0);
  return { line, column, message: 'not valid JSON (comments, single quotes, trailing commas and unquoted keys are not JSON)' };
}

function babelError(error: unknown, prefix: string): SourceError {
  if (error instanceof RangeError) return { line: 1, column: 1, message: 'JSON nested too deeply to read' };
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const reason = (error instanceof Error ? error.message : '').replace(/\s*\(\d+:\d+\)\s*$/, '');
  return { line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1, message: reason ? `${prefix}: ${reason}` : prefix };
}

function spanOf(node: { loc?: { start: { line: number; column: number }; end: { line: number; column: number } } | null }): Span {
  const loc = node.loc!;
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}

function toJsonNode(node: Expression): JsonNode {
  switch (node.type) {
    case 'ObjectExpression':
      return objectNode(node);
    case 'ArrayExpression':
      return arrayNode(node);
    case 'StringLiteral':
      return { kind: 'string', value: node.value, span: spanOf(node) };
    case 'NumericLiteral':
      return { kind: 'number', value: node.value, raw: String(node.extra?.raw ?? node.value), span: spanOf(node) };
    case 'UnaryExpression': {
      // JSON.parse accepted it, so this is a negative number.
      const argument = node.argument;
      const value = argument.type === 'NumericLiteral' ? -argument.value : Number.NaN;
      return { kind: 'number', value, raw: String(value), span: spanOf(node) };
    }
    case 'BooleanLiteral':
      return { kind: 'boolean', value: node.value, span: spanOf(node) };
    case 'NullLiteral':
      return { kind: 'null', span: spanOf(node) };
    default:
      throw new Error(`unexpected ${node.type} in JSON`);
  }
}

function objectNode(node: ObjectExpression): JsonNode {
  const members: JsonMember[] = [];
  for (const property of node.properties) {
    if (property.type !== 'ObjectProperty' || property.key.type !== 'StringLiteral') throw new Error('unexpected property in JSON');
    members.push({ key: property.key.value, keySpan: spanOf(property.key), value: toJsonNode(property.value as Expression) });
  }
  return { kind: 'object', members, span: spanOf(node) };
}

function arrayNode(node: ArrayExpression): JsonNode {
  return { kind: 'array', items: node.elements.map((element) => toJsonNode(element as Expression)), span: spanOf(node) };
}
