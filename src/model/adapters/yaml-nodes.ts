import { mapGet, nodeAt, scalarSubSpan, type YamlNode, type YamlPair, type YamlScalar } from '../../parse/yaml.js';
import { createEntry, type Entry } from '../entry.js';
import type { Span } from '../location.js';
import { joinSpans } from '../location.js';

/** Helpers the YAML adapters share: reading scalars and turning pairs into entries. */

export { mapGet, nodeAt };

/** A scalar's text; undefined for null, maps and sequences. */
export function textOf(node: YamlNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  return node.text;
}

/** The text at a path, e.g. `textAt(root, ['metadata', 'name'])`. */
export function textAt(root: YamlNode | undefined, path: readonly string[]): string | undefined {
  return textOf(nodeAt(root, path));
}

/** True for a YAML `true` (and the strings Kubernetes' YAML 1.1 reader also takes as true). */
export function isTrue(node: YamlNode | undefined): boolean {
  if (!node || node.kind !== 'scalar') return false;
  if (node.value === true) return true;
  return typeof node.value === 'string' && /^(true|yes|on)$/i.test(node.value) && node.style === 'plain';
}

/** True for a YAML `false` (or YAML 1.1 `no` / `off`). */
export function isFalse(node: YamlNode | undefined): boolean {
  if (!node || node.kind !== 'scalar') return false;
  if (node.value === false) return true;
  return typeof node.value === 'string' && /^(false|no|off)$/i.test(node.value) && node.style === 'plain';
}

/**
 * A config map's value as the operator hands it to Kafka: strings as written, numbers
 * and booleans as their text (Strimzi and Jackson use `String.valueOf`). Undefined for
 * null (Strimzi refuses it) and for maps or lists (not a config value).
 */
export function configValue(node: YamlNode): string | undefined {
  if (node.kind !== 'scalar' || node.value === null) return undefined;
  return node.text;
}

/** An entry for a `key: value` pair of a config map; undefined when the value is not a scalar. */
export function pairEntry(pair: YamlPair, options: { key?: string; origin?: string; isTemplate?: boolean } = {}): Entry | undefined {
  const value = configValue(pair.value);
  if (value === undefined) return undefined;
  return createEntry({
    key: options.key ?? pair.key,
    value,
    span: joinSpans(pair.keySpan, pair.value.span),
    valueSpan: valueSpanOf(pair.value),
    ...(options.origin !== undefined ? { origin: options.origin } : {}),
    ...(options.isTemplate ? { isTemplate: true } : {}),
  });
}

/**
 * The span of a scalar's text without its quotes when the text is written verbatim on
 * one line (so rules can point inside it), else the whole node.
 */
export function valueSpanOf(node: YamlNode): Span {
  if (node.kind === 'scalar' && node.text !== '') {
    const inner = scalarSubSpan(node, 0, node.text.length);
    if (inner) return inner;
  }
  return node.span;
}

/** An entry the input implies rather than writes (Strimzi's generated listeners), placed at `at`. */
export function impliedEntry(key: string, value: string, at: Span, origin: string, options: { valueSpan?: Span; isTemplate?: boolean } = {}): Entry {
  return createEntry({
    key,
    value,
    span: at,
    valueSpan: options.valueSpan ?? at,
    origin,
    ...(options.isTemplate ? { isTemplate: true } : {}),
  });
}

/** The span of just the key of a pair (the line a finding about the whole setting points at). */
export function keyOnly(pair: YamlPair | undefined, fallback: Span): Span {
  return pair ? pair.keySpan : fallback;
}

/** The span of a part `[start, end)` of a scalar's text, or the scalar's span. */
export function partSpan(scalar: YamlScalar, start: number, end: number): Span {
  return scalarSubSpan(scalar, start, end) ?? scalar.span;
}

/** Items of a sequence (or a single node treated as one item). */
export function itemsOf(node: YamlNode | undefined): readonly YamlNode[] {
  if (!node) return [];
  return node.kind === 'seq' ? node.items : [node];
}

/** Pairs of a map node, or none. */
export function pairsOf(node: YamlNode | undefined): readonly YamlPair[] {
  return node && node.kind === 'map' ? node.pairs : [];
}
