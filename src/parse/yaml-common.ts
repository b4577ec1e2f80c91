import { LineIndex } from './result.js';
import type { ScalarStyle, YamlComment, YamlDocument, YamlFile, YamlNode, YamlPair, YamlScalar } from './yaml.js';
import { emptyScalar, scalarRuns, spanOf, type PositionOf } from './yaml-span.js';

/**
 * A reader for the YAML that configuration files are nearly always written in: block
 * mappings and sequences indented with spaces, plain scalars (on one line or folded over
 * several), one-line single- and double-quoted scalars (escapes included), literal block
 * scalars, `{}` and one-line flow sequences of scalars, comments and `---`. It gives exactly
 * what parseYaml gives through the yaml package (values under the core schema, spans, text
 * runs and comment lines included) for a fraction of the start-up cost, which is what a
 * pre-commit run of one Strimzi or compose file pays. Anything else (tabs, CR, non-ASCII
 * text, anchors, aliases, tags, other flow collections, folded or kept block scalars,
 * multi-line quoted scalars, complex or merge keys, directives, errors) makes it give up,
 * and the yaml package reads the file. test/parse/yaml-common.test.ts holds the two readers
 * equal.
 */
export function readCommonYaml(text: string, maxNodes: number, maxDepth: number): YamlFile | undefined {
  try {
    return new CommonYamlReader(text, maxNodes, maxDepth).read();
  } catch (error) {
    if (error instanceof Uncommon) return undefined;
    throw error;
  }
}

/** The text leaves the common subset. */
class Uncommon {}
const UNCOMMON = new Uncommon();

function uncommon(): never {
  throw UNCOMMON;
}

const enum Kind {
  Blank,
  Comment,
  Marker,
  Content,
}

interface Line {
  readonly kind: Kind;
  /** Offset of its first character. */
  readonly start: number;
  /** Offset of its line break, or the end of the text. */
  readonly end: number;
  /** Leading spaces. */
  readonly indent: number;
}

/** A node read, with the end the yaml package gives it as range[2] (what a parent's span ends at when it is the last item). */
interface Read {
  readonly node: YamlNode;
  readonly end: number;
}

interface ScannedScalar {
  readonly start: number;
  /** After the closing quote, or after the last non-space character of a plain scalar. */
  readonly end: number;
  readonly style: ScalarStyle;
  /** The decoded text (a plain scalar's source). */
  readonly raw: string;
  /** Offset after `:` when the scalar is an implicit key, else -1. */
  readonly colonEnd: number;
}

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const LINE_FEED = 10;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const FLOW_INDICATORS = new Set([COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]);
const BACKSLASH = 92;
const PIPE = 124;

/** Escapes of a double-quoted scalar (YAML 1.2 5.7, the yaml package's escapeCodes; `\x`, `\u`, `\U` apart). */
const DOUBLE_QUOTE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['0', '\0'], ['a', '\x07'], ['b', '\b'], ['e', '\x1b'], ['f', '\f'], ['n', '\n'], ['r', '\r'], ['t', '\t'], ['v', '\v'],
  ['N', '\u0085'], ['_', '\u00a0'], ['L', '\u2028'], ['P', '\u2029'], [' ', ' '], ['"', '"'], ['/', '/'], ['\\', '\\'],
]);
const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/** Characters that may not start a plain scalar here (`-` followed by a non-space may, and is handled apart). */
const NOT_PLAIN_START = new Set('?:,[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)));

/**
 * Plain scalars that are not strings under the YAML 1.2 core schema: the union of the yaml
 * package's tests (schema/core: null, bool, int 0o, int, int 0x, .inf/.nan, float with an
 * exponent, float). They exclude each other, so which one matched follows from the text.
 */
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))?$/;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);

/** The value of a plain scalar under the core schema, as the yaml package resolves it. */
function plainValue(source: string): string | number | boolean | null {
  if (!NOT_A_STRING.test(source)) return source;
  if (NULLS.has(source)) return null;
  if (TRUES.has(source)) return true;
  if (FALSES.has(source)) return false;
  if (source.startsWith('0o')) return parseInt(source.substring(2), 8);
  if (source.startsWith('0x')) return parseInt(source.substring(2), 16);
  const special = source.slice(-3).toLowerCase();
  if (special === 'nan') return NaN;
  if (special === 'inf') return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  let digits = source[0] === '-' || source[0] === '+' ? 1 : 0;
  while (digits < source.length && source.charCodeAt(digits) >= 48 && source.charCodeAt(digits) <= 57) digits++;
  return digits === source.length ? parseInt(source, 10) : parseFloat(source);
}

class CommonYamlReader {
  readonly #lines: Line[] = [];
  readonly #comments: YamlComment[] = [];
  readonly #position: PositionOf;
  #nodes = 0;

  constructor(
    private readonly text: string,
    private readonly maxNodes: number,
    private readonly maxDepth: number,
  ) {
    const index = new LineIndex(text);
    this.#position = (offset) => index.position(offset);
  }

  read(): YamlFile {
    this.splitLines();
    const lines = this.#lines;
    const documents: YamlDocument[] = [];
    // Whether a `---` opened the document being read (it then exists even when empty).
    let opened = false;
    let i = this.nextSignificant(0);
    while (i < lines.length) {
      const line = lines[i]!;
      if (line.kind === Kind.Marker) {
        if (opened) documents.push({ root: undefined });
        opened = true;
        i = this.nextSignificant(i + 1);
        continue;
      }
      const root = this.block(i, line.start + line.indent, 0);
      i = this.nextSignificant(root.next);
      if (i < lines.length && lines[i]!.kind !== Kind.Marker) uncommon();
      documents.push({ root: root.read.node });
      opened = false;
    }
    if (opened) documents.push({ root: undefined });
    if (documents.length === 0) uncommon();
    return { documents, comments: this.#comments.sort((a, b) => a.line - b.line) };
  }

  /** Splits the text into lines, records comment lines, and gives up on characters outside the subset. */
  splitLines(): void {
    const text = this.text;
    let start = 0;
    while (start <= text.length) {
      let end = start;
      let indent = -1;
      for (; end < text.length; end++) {
        const code = text.charCodeAt(end);
        if (code === LINE_FEED) break;
        if (code < SPACE || code > 126) uncommon();
        if (indent === -1 && code !== SPACE) indent = end - start;
      }
      if (indent === -1) {
        if (end > start || end < text.length) this.#lines.push({ kind: Kind.Blank, start, end, indent: end - start });
      } else {
        const first = text.charCodeAt(start + indent);
        let kind = Kind.Content;
        if (first === HASH) {
          kind = Kind.Comment;
          this.comment(start + indent, end);
        } else if (indent === 0 && (text.startsWith('---', start) || text.startsWith('...', start))) {
          kind = Kind.Marker;
          if (text[start] === '.' || (end > start + 3 && text.charCodeAt(start + 3) !== SPACE)) uncommon();
          const after = this.skipSpaces(start + 3, end);
          if (after < end) {
            if (text.charCodeAt(after) !== HASH) uncommon();
            this.comment(after, end);
          }
        } else if (indent === 0 && first === 37) {
          uncommon(); // a directive
        }
        this.#lines.push({ kind, start, end, indent });
      }
      start = end + 1;
    }
  }

  comment(hash: number, end: number): void {
    this.#comments.push({ line: this.#position(hash).line, text: this.text.slice(hash + 1, end) });
  }

  skipSpaces(from: number, end: number): number {
    let at = from;
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** The first line at or after `i` that is not blank or a comment. */
  nextSignificant(i: number): number {
    let at = i;
    while (at < this.#lines.length && (this.#lines[at]!.kind === Kind.Blank || this.#lines[at]!.kind === Kind.Comment)) at++;
    return at;
  }

  isSequenceEntry(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  count(depth: number): void {
    if (++this.#nodes > this.maxNodes || depth > this.maxDepth) uncommon();
  }

  /** A block collection starting at offset `at` of line `i` (a mapping unless `- ` starts it; pair() declines what is no key); `next` is the first line after it. */
  block(i: number, at: number, depth: number): { read: Read; next: number } {
    return this.collection(i, at, depth, !this.isSequenceEntry(at, this.#lines[i]!.end));
  }

  /** A block mapping (`key: value` lines) or sequence (`- value` lines) whose first item is at `firstAt` of line `first`. */
  collection(first: number, firstAt: number, depth: number, isMapping: boolean): { read: Read; next: number } {
    this.count(depth);
    const lines = this.#lines;
    const indent = firstAt - lines[first]!.start;
    const pairs: YamlPair[] = [];
    const items: YamlNode[] = [];
    let i = first;
    let at = firstAt;
    for (;;) {
      const value = isMapping ? this.pair(i, at, indent, depth, pairs) : this.value(i, at + 1, indent, false, depth + 1);
      if (!isMapping) items.push(value.read.node);
      const next = this.nextSignificant(value.next);
      const nextLine = lines[next];
      const atIndent = nextLine?.kind === Kind.Content && nextLine.indent === indent;
      if (atIndent && this.isSequenceEntry(nextLine.start + indent, nextLine.end) !== isMapping) {
        i = next;
        at = nextLine.start + indent;
        continue;
      }
      // Deeper is a continuation or an error; at a mapping's indent, `- x` is an error (a sequence ends at its key's next key).
      if (nextLine?.kind === Kind.Content && (nextLine.indent > indent || (isMapping && atIndent))) uncommon();
      const span = spanOf(this.text, this.#position, firstAt, value.read.end);
      const node: YamlNode = isMapping ? { kind: 'map', pairs, span } : { kind: 'seq', items, span };
      return this.close(node, indent, value.read.end, value.next, next);
    }
  }

  /** `key: value` at offset `at` of line `i`, added to `pairs`. */
  pair(i: number, at: number, indent: number, depth: number, pairs: YamlPair[]): { read: Read; next: number } {
    const key = this.scalar(at, this.#lines[i]!.end, false);
    // An implicit key may not run over 1,024 characters up to its `:` (the yaml package's limit, spaces included).
    if (key.colonEnd === -1 || key.colonEnd - key.start > 1000) uncommon();
    const keyNode = this.toScalar(key, depth + 1);
    if (keyNode.text === '<<' && (key.style === 'plain' || key.raw === '<<')) uncommon(); // a merge key
    const value = this.value(i, key.colonEnd, indent, true, depth + 1);
    const valueSpan = value.read.node.span;
    pairs.push({
      key: keyNode.text,
      keySpan: keyNode.span,
      value: value.read.node,
      span: { line: keyNode.span.line, column: keyNode.span.column, endLine: valueSpan.endLine, endColumn: valueSpan.endColumn },
    });
    return value;
  }

  /**
   * A collection ends. The comment lines between its last item and what follows stay with it
   * (its range[2] then covers them) unless it is at column 0 or every one is indented less
   * than it: then they pass to its parent (the yaml package's Parser.pop).
   */
  close(node: YamlNode, indent: number, end: number, after: number, next: number): { read: Read; next: number } {
    let lastComment = -1;
    let stays = false;
    for (let i = after; i < next; i++) {
      const line = this.#lines[i]!;
      if (line.kind !== Kind.Comment) continue;
      lastComment = line.end;
      if (line.indent >= indent) stays = true;
    }
    if (lastComment !== -1 && indent !== 0 && stays) return { read: { node, end: lastComment }, next };
    return { read: { node, end }, next: after };
  }

  /**
   * The value after `key:` or `-` (from offset `from` of line `i`) in a collection indented
   * `indent`: a scalar on the same line, a collection on the lines below, or nothing.
   */
  value(i: number, from: number, indent: number, ofMapping: boolean, depth: number): { read: Read; next: number } {
    const lines = this.#lines;
    const line = lines[i]!;
    // `from` follows `:` or `-`, which scalar() and isSequenceEntry() saw followed by a space or the line's end.
    const at = this.skipSpaces(from, line.end);
    if (at === line.end || this.text.charCodeAt(at) === HASH) {
      let commentEnd = -1;
      if (at < line.end) {
        this.comment(at, line.end);
        commentEnd = line.end;
      }
      const next = this.nextSignificant(i + 1);
      const below = lines[next];
      if (below?.kind === Kind.Content) {
        const belowAt = below.start + below.indent;
        const sequenceHere = ofMapping && below.indent === indent && this.isSequenceEntry(belowAt, below.end);
        if (below.indent > indent || sequenceHere) return this.block(next, belowAt, depth);
      }
      // Nothing: every comment up to the next node belongs to the empty value (its props); before
      // a `---` the yaml package gives some of them to the document instead.
      for (let c = i + 1; c < next; c++) {
        if (lines[c]!.kind !== Kind.Comment) continue;
        if (below?.kind === Kind.Marker) uncommon();
        commentEnd = lines[c]!.end;
      }
      this.count(depth);
      const empty = emptyScalar(this.text, this.#position, at);
      return { read: { node: empty, end: commentEnd === -1 ? at : commentEnd }, next };
    }
    if (!ofMapping && this.isSequenceEntry(at, line.end)) uncommon(); // `- - x`
    let node: YamlNode;
    let end: number;
    let last = i; // the scalar's last line
    const opening = this.text.charCodeAt(at);
    if (opening === PIPE) return this.literalBlock(i, at, indent, depth);
    if (opening === OPEN_BRACE) {
      // Only `{}`, as in Strimzi's `topicOperator: {}`.
      if (this.text.charCodeAt(at + 1) !== CLOSE_BRACE) uncommon();
      this.count(depth);
      end = at + 2;
      node = { kind: 'map', pairs: [], span: spanOf(this.text, this.#position, at, end) };
    } else if (opening === OPEN_BRACKET) {
      ({ node, end } = this.flowSequence(at, line.end, depth));
    } else {
      const scanned = this.scalar(at, line.end, false);
      if (scanned.colonEnd !== -1) {
        if (ofMapping) uncommon(); // `a: b: c`
        return this.collection(i, at, depth, true); // `- key: value`
      }
      const folded = scanned.style === 'plain' && this.skipSpaces(scanned.end, line.end) === line.end ? this.foldLines(scanned, i, indent) : { scanned, last: i };
      node = this.toScalar(folded.scanned, depth);
      end = folded.scanned.end;
      last = folded.last;
    }
    const lastEnd = lines[last]!.end;
    const rest = this.skipSpaces(end, lastEnd);
    if (rest < lastEnd) {
      if (rest === end || this.text.charCodeAt(rest) !== HASH) uncommon();
      this.comment(rest, lastEnd);
      end = lastEnd;
    }
    // Comment lines indented deeper than the collection belong to the scalar (Parser.atIndentedComment).
    let next = last + 1;
    for (let c = last + 1; c < lines.length; c++) {
      const below = lines[c]!;
      if (below.kind === Kind.Blank) continue;
      if (below.kind !== Kind.Comment || below.indent <= indent) break;
      end = below.end;
      next = c + 1;
    }
    return { read: { node, end }, next };
  }

  /**
   * A literal block scalar, `|` or `|-` at offset `header` of line `i`, in a collection indented
   * `indent`: the lines below indented deeper, as written, joined by line breaks, with one
   * final line break for `|`. Lines of spaces, comment-like or less-indented lines inside
   * it, leading empty lines and `|+` are left to the yaml package.
   */
  literalBlock(i: number, header: number, indent: number, depth: number): { read: Read; next: number } {
    const text = this.text;
    const lines = this.#lines;
    let at = header + 1;
    const strip = text.charCodeAt(at) === DASH;
    if (strip) at++;
    const rest = this.skipSpaces(at, lines[i]!.end);
    if (rest < lines[i]!.end) {
      if (rest === at || text.charCodeAt(rest) !== HASH) uncommon();
      this.comment(rest, lines[i]!.end);
    }
    let contentIndent = -1;
    let last = i;
    const parts: string[] = [];
    let c = i + 1;
    for (; c < lines.length; c++) {
      const line = lines[c]!;
      if (line.kind === Kind.Blank) {
        if (line.end > line.start || contentIndent === -1) uncommon();
        parts.push('');
        continue;
      }
      if (contentIndent === -1) {
        if (line.indent <= indent) uncommon();
        contentIndent = line.indent;
      }
      if (line.indent < contentIndent) break;
      if (line.kind !== Kind.Content) uncommon();
      parts.push(text.slice(line.start + contentIndent, line.end));
      last = c;
    }
    if (contentIndent === -1 || (c < lines.length && lines[c]!.indent > indent)) uncommon();
    parts.length -= c - 1 - last; // trailing empty lines: chomped
    const value = strip ? parts.join('\n') : `${parts.join('\n')}\n`;
    const end = lines[last]!.end;
    const node = this.toScalar({ start: header, end, style: 'literal', raw: value, colonEnd: -1 }, depth);
    return { read: { node, end }, next: last + 1 };
  }

  /**
   * A plain scalar continued on the lines below it, indented deeper than the collection
   * (`indent`): the lines are joined by a space, or by a line break per empty line between
   * them (YAML's line folding). A continuation that could be read otherwise (an indicator
   * first, a `key:`) is left to the yaml package; a comment ends the scalar.
   */
  foldLines(first: ScannedScalar, i: number, indent: number): { scanned: ScannedScalar; last: number } {
    const lines = this.#lines;
    let raw = first.raw;
    let end = first.end;
    let last = i;
    let breaks = 0;
    for (let c = i + 1; c < lines.length; c++) {
      const line = lines[c]!;
      if (line.kind === Kind.Blank) {
        breaks++;
        continue;
      }
      if (line.kind !== Kind.Content || line.indent <= indent) break;
      const at = line.start + line.indent;
      const code = this.text.charCodeAt(at);
      if (NOT_PLAIN_START.has(code) || code === DASH) uncommon();
      const piece = this.scalar(at, line.end, false);
      if (piece.colonEnd !== -1) uncommon();
      raw += breaks === 0 ? ` ${piece.raw}` : '\n'.repeat(breaks) + piece.raw;
      end = piece.end;
      last = c;
      breaks = 0;
      if (this.skipSpaces(piece.end, line.end) < line.end) break; // a comment ends it
    }
    // Folded text holds a space or line break: never a null, boolean or number (checked all the same).
    if (last !== i && plainValue(raw) !== raw) uncommon();
    return { scanned: { ...first, raw, end }, last };
  }

  /** `[a, "b", 1]` on one line: scalars only. */
  flowSequence(open: number, lineEnd: number, depth: number): { node: YamlNode; end: number } {
    this.count(depth);
    const text = this.text;
    const items: YamlNode[] = [];
    let at = this.skipSpaces(open + 1, lineEnd);
    while (text.charCodeAt(at) !== CLOSE_BRACKET) {
      const item = this.scalar(at, lineEnd, true);
      items.push(this.toScalar(item, depth + 1));
      at = this.skipSpaces(item.end, lineEnd);
      const separator = text.charCodeAt(at);
      if (separator === COMMA) at = this.skipSpaces(at + 1, lineEnd);
      else if (separator !== CLOSE_BRACKET) uncommon();
    }
    const end = at + 1;
    return { node: { kind: 'seq', items, span: spanOf(text, this.#position, open, end) }, end };
  }

  /**
   * A one-line scalar at `at`, and whether `:` follows it (an implicit key). In a flow
   * sequence (`flow`) a plain scalar also ends at a flow indicator.
   */
  scalar(at: number, lineEnd: number, flow: boolean): ScannedScalar {
    const text = this.text;
    if (at >= lineEnd) uncommon();
    const first = text.charCodeAt(at);
    let end: number;
    let raw: string;
    let style: ScalarStyle;
    if (first === 39) {
      let close = at + 1;
      for (;;) {
        close = text.indexOf("'", close);
        if (close === -1 || close >= lineEnd) uncommon();
        if (text.charCodeAt(close + 1) !== 39) break;
        close += 2;
      }
      end = close + 1;
      raw = text.slice(at + 1, close).replaceAll("''", "'");
      style = 'single';
    } else if (first === 34) {
      raw = '';
      let close = at + 1;
      let verbatimFrom = close;
      for (;;) {
        if (close >= lineEnd) uncommon();
        const code = text.charCodeAt(close);
        if (code === 34) break;
        if (code !== BACKSLASH) {
          close++;
          continue;
        }
        raw += text.slice(verbatimFrom, close);
        const escape = text[close + 1] ?? '';
        const decoded = DOUBLE_QUOTE_ESCAPES.get(escape);
        if (decoded !== undefined) {
          raw += decoded;
          close += 2;
        } else {
          const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
          const hex = text.slice(close + 2, close + 2 + digits);
          // Anything else (a line break, a bad escape or code) is multi-line or an error.
          if (digits === 0 || close + 2 + digits > lineEnd || !HEX_DIGITS.test(hex)) uncommon();
          const point = parseInt(hex, 16);
          if (point > 0x10ffff) uncommon();
          raw += String.fromCodePoint(point);
          close += 2 + digits;
        }
        verbatimFrom = close;
      }
      raw += text.slice(verbatimFrom, close);
      end = close + 1;
      style = 'double';
    } else {
      const second = text.charCodeAt(at + 1);
      if (NOT_PLAIN_START.has(first) || (first === DASH && (at + 1 === lineEnd || second === SPACE || (flow && FLOW_INDICATORS.has(second))))) uncommon();
      let stop = at + 1;
      for (; stop < lineEnd; stop++) {
        const code = text.charCodeAt(stop);
        if (code === COLON && (stop + 1 === lineEnd || text.charCodeAt(stop + 1) === SPACE || (flow && FLOW_INDICATORS.has(text.charCodeAt(stop + 1))))) break;
        if (code === HASH && text.charCodeAt(stop - 1) === SPACE) break;
        if (flow && FLOW_INDICATORS.has(code)) break;
      }
      if (flow && stop === lineEnd) uncommon();
      end = stop;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      raw = text.slice(at, end);
      style = 'plain';
    }
    const after = this.skipSpaces(end, lineEnd);
    const isKey = after < lineEnd && text.charCodeAt(after) === COLON && (after + 1 === lineEnd || text.charCodeAt(after + 1) === SPACE);
    return { start: at, end, style, raw, colonEnd: isKey ? after + 1 : -1 };
  }

  toScalar(scanned: ScannedScalar, depth: number): YamlScalar {
    this.count(depth);
    const value = scanned.style === 'plain' ? plainValue(scanned.raw) : scanned.raw;
    const text = value === null ? '' : typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : scanned.raw;
    return {
      kind: 'scalar',
      value,
      text,
      style: scanned.style,
      span: spanOf(this.text, this.#position, scanned.start, scanned.end),
      viaAlias: false,
      runs: scalarRuns(this.text, this.#position, text, scanned.style, scanned.start, scanned.end),
    };
  }

}
