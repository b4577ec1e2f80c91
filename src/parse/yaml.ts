import type { Document, DocumentOptions, Node as YamlLibNode, ParseOptions, Scalar, SchemaOptions } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, withoutYamlDebugOutput, yamlLib } from './yaml-lib.js';
import type { Span } from '../model/location.js';
import { looksWide, wideEncodingMessage } from './encoding.js';
import type { ParseResult, SourceError } from './result.js';
import { noteCodePath } from '../util/code-paths.js';
import { readCommonYaml } from './yaml-common.js';
import { emptyScalar, scalarRuns, spanOf } from './yaml-span.js';

/**
 * YAML with exact positions: every key and value keeps its 1-based line and column
 * (UTF-16 code units, as SARIF wants). Multi-document files give one YamlDocument per
 * `---`. Reading is safe: no custom tags are constructed (an unknown tag leaves the value
 * a plain string), aliases are expanded under a node budget so an alias bomb is an
 * error rather than an out-of-memory crash, and errors never quote the input.
 */

export type YamlNode = YamlMap | YamlSeq | YamlScalar;

export interface YamlMap {
  readonly kind: 'map';
  /** Pairs in source order; merge keys (`<<: *anchor`) are expanded before the explicit pairs. */
  readonly pairs: readonly YamlPair[];
  readonly span: Span;
}

export interface YamlSeq {
  readonly kind: 'seq';
  readonly items: readonly YamlNode[];
  readonly span: Span;
}

export interface YamlPair {
  /** The key as text (`3` for a number key); complex keys (maps, sequences) are dropped. */
  readonly key: string;
  readonly keySpan: Span;
  readonly value: YamlNode;
  /** From the start of the key to the end of the value. */
  readonly span: Span;
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface YamlScalar {
  readonly kind: 'scalar';
  /** The value under the YAML 1.2 core schema; null for `~`, `null` and an empty value. */
  readonly value: string | number | boolean | null;
  /** The value as a string: the decoded text of a string, the source text of a number or boolean. */
  readonly text: string;
  readonly style: ScalarStyle;
  /** The node as written, quotes and block header included. */
  readonly span: Span;
  /** True when the scalar came from expanding an alias (its span is the anchor's). */
  readonly viaAlias: boolean;
  /** Source positions of runs of `text`, for locating parts of a value (one run per line). */
  readonly runs: readonly TextRun[];
}

/** `length` characters of a scalar's text starting at `offset` are written at `line`:`column` onwards. */
export interface TextRun {
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

export interface YamlComment {
  readonly line: number;
  /** The text after `#`. */
  readonly text: string;
}

export interface YamlDocument {
  /** Undefined for an empty document. */
  readonly root: YamlNode | undefined;
}

export interface YamlFile {
  readonly documents: readonly YamlDocument[];
  readonly comments: readonly YamlComment[];
}

/** At most this many nodes per file, counting every expansion of an alias. */
export const MAX_YAML_NODES = 200_000;
const MAX_DEPTH = 500;

class BudgetExceeded extends Error {}
class TooDeep extends Error {}

/** How a scanned file is composed: YAML 1.2 core schema, merge keys, no custom tags (test/parse/yaml-bundle.test.ts uses them too). */
export const YAML_FILE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { version: '1.2', schema: 'core', merge: true, uniqueKeys: false, customTags: [], resolveKnownTags: true };

export function parseYaml(text: string): ParseResult<YamlFile> {
  if (looksWide(text)) return { ok: false, error: { line: 1, column: 1, message: wideEncodingMessage('YAML') } };
  noteCodePath('parser:yaml'); // the bundle's code cache should hold readCommonYaml's code
  const common = readCommonYaml(text, MAX_YAML_NODES, MAX_DEPTH);
  return common ? { ok: true, value: common } : parseYamlFully(text);
}

/** parseYaml through the yaml package, whatever the text (test/parse/yaml-common.test.ts compares the two). */
export function parseYamlFully(text: string): ParseResult<YamlFile> {
  const { Composer, LineCounter, Parser } = yamlLib();
  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  let tokens: unknown[];
  try {
    [tokens, documents] = withoutYamlDebugOutput(() => {
      const read = [...new Parser(lineCounter.addNewLine).parse(text)];
      const composer = new Composer(YAML_FILE_OPTIONS);
      return [read, [...composer.compose(read as never, true, text.length)]] as const;
    });
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, error: { line: 1, column: 1, message: 'YAML nested too deeply to read' } };
    throw error;
  }
  const position = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line, column: col };
  };
  for (const document of documents) {
    const error = document.errors[0];
    if (error) {
      const at = position(error.pos[0]);
      return { ok: false, error: { ...at, message: `not valid YAML (${describeCode(error.code)})` } };
    }
  }
  const converter = new Converter(text, position);
  const out: YamlDocument[] = [];
  try {
    for (const document of documents) {
      const contents = document.contents as YamlLibNode | null;
      const root = contents ? converter.node(contents, document, 0, false) : undefined;
      out.push({ root: root?.kind === 'scalar' && root.value === null ? undefined : root });
    }
  } catch (error) {
    if (error instanceof BudgetExceeded) return { ok: false, error: { line: 1, column: 1, message: `YAML aliases expand to more than ${MAX_YAML_NODES} nodes; not read` } };
    if (error instanceof TooDeep || error instanceof RangeError) return { ok: false, error: { line: 1, column: 1, message: 'YAML nested too deeply to read' } };
    throw error;
  }
  return { ok: true, value: { documents: out, comments: collectComments(tokens, position) } };
}

/** The error code of the yaml package as words (`BAD_INDENT` → `bad indent`): never the input. */
function describeCode(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}

class Converter {
  #nodes = 0;
  readonly #aliasedScalars = new Map<Scalar, YamlScalar>();
  readonly #aliasTargets = new Map<object, YamlLibNode | null>();

  constructor(
    private readonly text: string,
    private readonly position: (offset: number) => { line: number; column: number },
  ) {}

  span(start: number, rawEnd: number): Span {
    return spanOf(this.text, this.position, start, rawEnd);
  }

  node(node: YamlLibNode, document: Document.Parsed, depth: number, viaAlias: boolean): YamlNode {
    if (++this.#nodes > MAX_YAML_NODES) throw new BudgetExceeded();
    if (depth > MAX_DEPTH) throw new TooDeep();
    if (isAlias(node)) {
      // Alias.resolve walks the document; resolve each alias node once.
      let target = this.#aliasTargets.get(node);
      if (target === undefined) {
        target = (node.resolve(document) as YamlLibNode | undefined) ?? null;
        this.#aliasTargets.set(node, target);
      }
      if (!target) return this.emptyScalar(node.range?.[0] ?? 0);
      return this.node(target, document, depth + 1, true);
    }
    const range = node.range ?? [0, 0, 0];
    if (isMap(node)) {
      const merged: YamlPair[] = [];
      const explicit: YamlPair[] = [];
      for (const pair of node.items) {
        const key = pair.key as YamlLibNode | null;
        const value = pair.value as YamlLibNode | null;
        if (key && isScalar(key) && (typeof key.value === 'symbol' || key.source === '<<') && value) {
          merged.push(...this.mergePairs(value, document, depth + 1));
          continue;
        }
        if (key && !isScalar(key) && !isAlias(key)) continue; // a complex key: not a config key
        const keyNode = key ? this.node(key, document, depth + 1, viaAlias) : this.emptyScalar(range[0]);
        if (keyNode.kind !== 'scalar') continue;
        const keyRange = key?.range ?? [range[0], range[0]];
        const keySpan = keyNode.viaAlias || !key ? keyNode.span : this.span(keyRange[0], keyRange[1]);
        const valueNode = value ? this.node(value, document, depth + 1, viaAlias) : this.emptyScalar(keyRange[1]);
        explicit.push({
          key: keyNode.text,
          keySpan,
          value: valueNode,
          span: { line: keySpan.line, column: keySpan.column, endLine: valueNode.span.endLine, endColumn: valueNode.span.endColumn },
        });
      }
      const explicitKeys = new Set(explicit.map((pair) => pair.key));
      const seen = new Set<string>();
      const fromMerge = merged.filter((pair) => {
        if (explicitKeys.has(pair.key) || seen.has(pair.key)) return false;
        seen.add(pair.key);
        return true;
      });
      return { kind: 'map', pairs: [...fromMerge, ...explicit], span: this.span(range[0], range[1]) };
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => (item ? this.node(item as YamlLibNode, document, depth + 1, viaAlias) : this.emptyScalar(range[0])));
      return { kind: 'seq', items, span: this.span(range[0], range[1]) };
    }
    if (isScalar(node)) {
      // An alias repeats the same scalar: convert it once.
      const cached = viaAlias ? this.#aliasedScalars.get(node) : undefined;
      if (cached) return cached;
      const scalar = this.scalar(node, viaAlias);
      if (viaAlias) this.#aliasedScalars.set(node, scalar);
      return scalar;
    }
    return this.emptyScalar(range[0]);
  }

  /** `<<: *a` or `<<: [*a, *b]`: earlier maps win over later ones (YAML 1.1 merge). */
  mergePairs(value: YamlLibNode, document: Document.Parsed, depth: number): YamlPair[] {
    const sources: YamlLibNode[] = isSeq(value) ? (value.items as YamlLibNode[]) : [value];
    const out: YamlPair[] = [];
    for (const source of sources) {
      if (!source) continue;
      const converted = this.node(source, document, depth, true);
      if (converted.kind === 'map') out.push(...converted.pairs);
    }
    const seen = new Set<string>();
    return out.filter((pair) => (seen.has(pair.key) ? false : (seen.add(pair.key), true)));
  }

  emptyScalar(offset: number): YamlScalar {
    return emptyScalar(this.text, this.position, offset);
  }

  scalar(node: Scalar, viaAlias: boolean): YamlScalar {
    const range = node.range ?? [0, 0, 0];
    const raw = node.value;
    const value: YamlScalar['value'] =
      raw === null || raw === undefined ? null : typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : String(raw);
    const style = styleOf(node.type);
    const source = this.text.slice(range[0], range[1]);
    let text: string;
    if (typeof raw === 'string') text = raw;
    else if (value === null) text = '';
    else if (typeof raw === 'boolean') text = String(raw);
    else text = style === 'plain' ? source.trim() : String(raw);
    return { kind: 'scalar', value, text, style, span: this.span(range[0], range[1]), viaAlias, runs: this.runs(text, style, range[0], range[1]) };
  }

  runs(text: string, style: ScalarStyle, start: number, end: number): TextRun[] {
    return scalarRuns(this.text, this.position, text, style, start, end);
  }
}

function styleOf(type: Scalar['type']): ScalarStyle {
  switch (type) {
    case 'QUOTE_SINGLE':
      return 'single';
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'BLOCK_LITERAL':
      return 'literal';
    case 'BLOCK_FOLDED':
      return 'folded';
    default:
      return 'plain';
  }
}

/** Comments anywhere in the concrete syntax tree (a `#` inside a block scalar is text, not a comment). */
function collectComments(tokens: unknown, position: (offset: number) => { line: number; column: number }): YamlComment[] {
  const out: YamlComment[] = [];
  const stack: unknown[] = [tokens];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
      continue;
    }
    const token = item as { type?: string; offset?: number; source?: string };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      out.push({ line: position(token.offset).line, text: token.source.slice(1) });
      continue;
    }
    for (const value of Object.values(item)) if (value && typeof value === 'object') stack.push(value);
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The source position of `offset` in a scalar's text, when that part of the text is written verbatim. */
export function scalarPosition(scalar: YamlScalar, offset: number): { line: number; column: number } | undefined {
  for (const run of scalar.runs) {
    if (offset >= run.offset && offset <= run.offset + run.length) return { line: run.line, column: run.column + (offset - run.offset) };
  }
  return undefined;
}

/** The span of `text.slice(start, end)` of a scalar, or undefined when it cannot be located exactly. */
export function scalarSubSpan(scalar: YamlScalar, start: number, end: number): Span | undefined {
  const from = scalarPosition(scalar, start);
  const to = end > start ? scalarPosition(scalar, end - 1) : from;
  if (!from || !to) return undefined;
  return { line: from.line, column: from.column, endLine: to.line, endColumn: end > start ? to.column + 1 : to.column };
}

/** The last pair of `map` with this key (YAML here keeps duplicates; the last one wins). */
export function mapGet(map: YamlNode | undefined, key: string): YamlPair | undefined {
  if (!map || map.kind !== 'map') return undefined;
  for (let i = map.pairs.length - 1; i >= 0; i--) if (map.pairs[i]!.key === key) return map.pairs[i];
  return undefined;
}

/** The value node at a path of keys, e.g. `['spec', 'kafka', 'config']`. */
export function nodeAt(root: YamlNode | undefined, path: readonly string[]): YamlNode | undefined {
  let node = root;
  for (const key of path) {
    node = mapGet(node, key)?.value;
    if (!node) return undefined;
  }
  return node;
}

export type { SourceError };
