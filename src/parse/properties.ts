import { LineIndex, type ParseResult } from './result.js';

/** One `key=value` of a .properties file as java.util.Properties.load reads it. */
export interface PropertyEntry {
  readonly key: string;
  readonly value: string;
  /** Offsets into the text: the key from its first to one past its last character. */
  readonly keyStart: number;
  readonly keyEnd: number;
  /**
   * The value's offsets. An empty value sits, zero-width, at the end of the physical line
   * where the logical line's text ends (after a dropped continuation backslash, if any).
   */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface PropertyComment {
  /** 1-based line of the `#` or `!`. */
  readonly line: number;
  /** The text after the comment character. */
  readonly text: string;
}

export interface PropertiesSyntax {
  /** Every entry in source order; a later duplicate wins in Kafka. */
  readonly entries: readonly PropertyEntry[];
  readonly comments: readonly PropertyComment[];
  readonly lines: LineIndex;
}

const isWhitespace = (c: number): boolean => c === 32 || c === 9 || c === 12;
const isLineEnd = (c: number): boolean => c === 10 || c === 13;
const BACKSLASH = 92;

/**
 * Parses a .properties text with the exact semantics of java.util.Properties.load
 * (JDK 17 `LineReader` and `loadConvert`). Decode the file as ISO-8859-1 first: that is
 * what `load(InputStream)`, and so Kafka, does.
 */
export function parseProperties(text: string): ParseResult<PropertiesSyntax> {
  const lines = new LineIndex(text);
  const entries: PropertyEntry[] = [];
  const comments: PropertyComment[] = [];
  const reader = new LogicalLineReader(text, comments, lines);
  for (let line = reader.next(); line; line = reader.next()) {
    const { chars, offsets } = line;
    const limit = chars.length;
    let keyLen = 0;
    let valueStart = limit;
    let hasSeparator = false;
    let precedingBackslash = false;
    while (keyLen < limit) {
      const c = chars[keyLen]!;
      if ((c === 61 || c === 58) && !precedingBackslash) {
        valueStart = keyLen + 1;
        hasSeparator = true;
        break;
      } else if (isWhitespace(c) && !precedingBackslash) {
        valueStart = keyLen + 1;
        break;
      }
      precedingBackslash = c === BACKSLASH ? !precedingBackslash : false;
      keyLen++;
    }
    while (valueStart < limit) {
      const c = chars[valueStart]!;
      if (!isWhitespace(c)) {
        if (!hasSeparator && (c === 61 || c === 58)) hasSeparator = true;
        else break;
      }
      valueStart++;
    }
    const key = convert(chars, 0, keyLen);
    const value = convert(chars, valueStart, limit);
    if (typeof key !== 'string') return failure(lines, offsets[key.index] ?? 0, key.message);
    if (typeof value !== 'string') return failure(lines, offsets[value.index] ?? 0, value.message);
    // A line of only a continuation backslash still yields the entry "" = "" in Java; it has
    // no characters left, so its key sits at that dropped backslash.
    const keyStart = limit > 0 ? offsets[0]! : line.endOffset - 1;
    entries.push({
      key,
      value,
      keyStart,
      keyEnd: keyLen > 0 ? offsets[keyLen - 1]! + 1 : keyStart,
      valueStart: valueStart < limit ? offsets[valueStart]! : line.endOffset,
      valueEnd: valueStart < limit ? offsets[limit - 1]! + 1 : line.endOffset,
    });
  }
  return { ok: true, value: { entries, comments, lines } };
}

function failure(lines: LineIndex, offset: number, message: string): ParseResult<PropertiesSyntax> {
  const { line, column } = lines.position(offset);
  return { ok: false, error: { line, column, message } };
}

interface LogicalLine {
  /** The characters of the logical line, continuations joined, escapes not yet converted. */
  readonly chars: number[];
  /** The source offset of each character. */
  readonly offsets: number[];
  /**
   * One past the logical line's last character, counting a dropped continuation backslash:
   * the end of the physical line where its text ends.
   */
  readonly endOffset: number;
}

/** JDK 17 `Properties.LineReader.readLine`, keeping the source offset of every character. */
class LogicalLineReader {
  #off = 0;
  readonly #text: string;
  readonly #comments: PropertyComment[];
  readonly #lines: LineIndex;

  constructor(text: string, comments: PropertyComment[], lines: LineIndex) {
    this.#text = text;
    this.#comments = comments;
    this.#lines = lines;
  }

  /**
   * Where the physical line holding `from` ends (its CR, LF or CRLF, or the end of the text),
   * from the line starts LineIndex has found, rather than a loop over each character: comments
   * are most of a Kafka sample config, and a one-file run reads them on code V8 has not optimised.
   */
  #lineEnd(from: number): number {
    const text = this.#text;
    const next = this.#lines.nextLineStart(from);
    if (next === undefined) return text.length;
    return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  next(): LogicalLine | undefined {
    const text = this.#text;
    const limit = text.length;
    const chars: number[] = [];
    const offsets: number[] = [];
    let skipWhiteSpace = true;
    let appendedLineBegin = false;
    let precedingBackslash = false;
    let off = this.#off;
    let lastOffset = -1;

    while (true) {
      if (off >= limit) {
        this.#off = off;
        if (chars.length === 0) return undefined;
        if (precedingBackslash) pop(chars, offsets);
        return { chars, offsets, endOffset: lastOffset + 1 };
      }
      const c = text.charCodeAt(off++);
      if (skipWhiteSpace) {
        if (isWhitespace(c)) continue;
        if (!appendedLineBegin && isLineEnd(c)) continue;
        skipWhiteSpace = false;
        appendedLineBegin = false;
      }
      if (chars.length === 0 && (c === 35 || c === 33)) {
        // A comment runs to the end of its physical line; a trailing backslash does not continue it.
        const start = off;
        off = this.#lineEnd(off);
        this.#comments.push({ line: this.#lines.position(start - 1).line, text: text.slice(start, off) });
        skipWhiteSpace = true;
        continue;
      }
      if (!isLineEnd(c)) {
        lastOffset = off - 1;
        chars.push(c);
        offsets.push(off - 1);
        precedingBackslash = c === BACKSLASH ? !precedingBackslash : false;
        continue;
      }
      if (chars.length === 0) {
        skipWhiteSpace = true;
        continue;
      }
      if (off >= limit) {
        this.#off = off;
        if (precedingBackslash) pop(chars, offsets);
        return { chars, offsets, endOffset: lastOffset + 1 };
      }
      if (!precedingBackslash) {
        this.#off = off;
        return { chars, offsets, endOffset: lastOffset + 1 };
      }
      // A backslash at the end of a line continues the logical line on the next one.
      pop(chars, offsets);
      skipWhiteSpace = true;
      appendedLineBegin = true;
      precedingBackslash = false;
      if (c === 13 && off < limit && text.charCodeAt(off) === 10) off++;
    }
  }
}

function pop(chars: number[], offsets: number[]): void {
  chars.pop();
  offsets.pop();
}

const ESCAPES: Record<number, number> = { 116: 9, 114: 13, 110: 10, 102: 12 };

/** JDK 17 `Properties.loadConvert`: `\uXXXX`, `\t` `\r` `\n` `\f`, and `\x` → `x` otherwise. */
function convert(chars: readonly number[], start: number, end: number): string | { index: number; message: string } {
  let out = '';
  let runStart = start;
  for (let i = start; i < end; i++) {
    if (chars[i] !== BACKSLASH) continue;
    out += stringFrom(chars, runStart, i);
    const escapeAt = i;
    i++;
    const c = chars[i];
    if (c === undefined || i >= end) {
      // Java reads the character after the line's end from its buffer; a dangling
      // backslash can only come from a line that ended in one, which readLine removed.
      runStart = end;
      break;
    }
    if (c === 117) {
      if (i + 4 >= end) return { index: escapeAt, message: 'Malformed \\uxxxx encoding' };
      let value = 0;
      for (let k = 1; k <= 4; k++) {
        const digit = hexValue(chars[i + k]);
        if (digit < 0) return { index: escapeAt, message: 'Malformed \\uxxxx encoding' };
        value = (value << 4) + digit;
      }
      out += String.fromCharCode(value);
      i += 4;
    } else {
      out += String.fromCharCode(ESCAPES[c] ?? c);
    }
    runStart = i + 1;
  }
  if (runStart < end) out += stringFrom(chars, runStart, end);
  return out;
}

function stringFrom(chars: readonly number[], start: number, end: number): string {
  let out = '';
  // Chunked: String.fromCharCode(...) has an argument-count limit on very long lines.
  for (let i = start; i < end; i += 8192) out += String.fromCharCode(...chars.slice(i, Math.min(end, i + 8192)));
  return out;
}

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
