import { looksWide, wideEncodingMessage } from './encoding.js';
import { LineIndex, type ParseResult } from './result.js';
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

/** Deeper nesting is refused (no connector config comes close); it keeps the recursive readers safe. */
export const MAX_JSON_DEPTH = 128;

/**
 * Parses strict JSON: `JSON.parse` decides what is valid, then a reader of our own records
 * the position of every key and value. Errors come from our own scanner, which names the
 * line and column and never quotes the input (V8's messages do). Until 2026-12 @babel/parser
 * supplied the positions: 520 KiB to load and compile for the first JSON file of a run,
 * most of a one-file pre-commit scan (test/parse/json-tree.test.ts checks the two agree).
 */
export function parseJson(text: string): ParseResult<JsonNode> {
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const lines = new LineIndex(body);
  const at = (offset: number, message: string): ParseResult<JsonNode> => ({ ok: false, error: { ...lines.position(offset), message } });
  const problem = checkJson(body);
  if (problem) return looksWide(body) ? at(0, NOT_UTF8) : at(problem.offset, problem.message);
  try {
    JSON.parse(body);
  } catch (error) {
    // The scanner and JSON.parse disagree: trust JSON.parse, and never quote its message.
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
    return at(position ? Number(position[1]) : 0, GENERIC);
  }
  return { ok: true, value: new TreeReader(body, lines).read() };
}

/**
 * The tree of a text that checkJson and JSON.parse have accepted: no error to handle, and
 * no nesting deeper than MAX_JSON_DEPTH, so the recursion is bounded. Strings are decoded by
 * JSON.parse; a negative number's `raw` is the number written back (as Babel's reading gave).
 */
class TreeReader {
  #i = 0;
  readonly #text: string;
  readonly #lines: LineIndex;

  constructor(text: string, lines: LineIndex) {
    this.#text = text;
    this.#lines = lines;
  }

  read(): JsonNode {
    this.#space();
    return this.#value();
  }

  #value(): JsonNode {
    const start = this.#i;
    const c = this.#text.charCodeAt(start);
    if (c === 123) return this.#object(start);
    if (c === 91) return this.#array(start);
    if (c === 34) return { kind: 'string', value: this.#string(), span: this.#span(start) };
    if (c === 116 || c === 102) {
      const value = c === 116;
      this.#i += value ? 4 : 5;
      return { kind: 'boolean', value, span: this.#span(start) };
    }
    if (c === 110) {
      this.#i += 4;
      return { kind: 'null', span: this.#span(start) };
    }
    while (this.#i < this.#text.length && isNumberChar(this.#text.charCodeAt(this.#i))) this.#i++;
    const raw = this.#text.slice(start, this.#i);
    const value = Number(raw);
    return { kind: 'number', value, raw: c === 45 ? String(value) : raw, span: this.#span(start) };
  }

  #object(start: number): JsonNode {
    const members: JsonMember[] = [];
    this.#i++;
    this.#space();
    while (this.#text.charCodeAt(this.#i) !== 125) {
      const keyStart = this.#i;
      const key = this.#string();
      const keySpan = this.#span(keyStart);
      this.#space();
      this.#i++; // ':'
      this.#space();
      members.push({ key, keySpan, value: this.#value() });
      this.#separator();
    }
    this.#i++;
    return { kind: 'object', members, span: this.#span(start) };
  }

  #array(start: number): JsonNode {
    const items: JsonNode[] = [];
    this.#i++;
    this.#space();
    while (this.#text.charCodeAt(this.#i) !== 93) {
      items.push(this.#value());
      this.#separator();
    }
    this.#i++;
    return { kind: 'array', items, span: this.#span(start) };
  }

  /** After a member or an item: the space around a `,`, if one follows (the text is valid JSON). */
  #separator(): void {
    this.#space();
    if (this.#text.charCodeAt(this.#i) === 44) {
      this.#i++;
      this.#space();
    }
  }

  /** The string at the cursor (a `"`), decoded; the cursor ends after its closing quote. */
  #string(): string {
    const start = this.#i;
    let i = start + 1;
    let escaped = false;
    for (;;) {
      const c = this.#text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i++;
      }
      i++;
    }
    this.#i = i + 1;
    return escaped ? (JSON.parse(this.#text.slice(start, this.#i)) as string) : this.#text.slice(start + 1, i);
  }

  #space(): void {
    for (;;) {
      const c = this.#text.charCodeAt(this.#i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.#i++;
      else return;
    }
  }

  /** From `start` to the cursor. */
  #span(start: number): Span {
    const from = this.#lines.position(start);
    const to = this.#lines.position(this.#i);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
}

const GENERIC = 'not valid JSON';
const NOT_UTF8 = wideEncodingMessage('JSON');
const TOO_DEEP = `not valid JSON: nested deeper than ${MAX_JSON_DEPTH} levels; not read`;
const NOT_JSON_HINT = '(comments, single quotes, trailing commas and unquoted keys are not JSON)';

/**
 * A linear, non-recursive JSON syntax check (RFC 8259, as JSON.parse reads it): the offset
 * and a fixed description of the first problem, or undefined when the text is JSON.
 */
export function checkJson(text: string): { offset: number; message: string } | undefined {
  const length = text.length;
  // What each open bracket waits for: 'o' an object member, 'a' an array item.
  const stack: ('o' | 'a')[] = [];
  let i = 0;
  const fail = (message: string, offset = i): { offset: number; message: string } => ({
    offset: Math.min(offset, length),
    message: offset >= length ? `${GENERIC}: unexpected end of file (is it truncated?)` : `${GENERIC}: ${message}`,
  });
  const skipSpace = (): void => {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const unexpected = (what: string): { offset: number; message: string } => {
    const c = text.charCodeAt(i);
    if (c === 47) return fail(`comments are not JSON`);
    if (c === 39) return fail(`${what}; single quotes are not JSON`);
    return fail(`${what} ${NOT_JSON_HINT}`);
  };
  /** A string at `i` (which is a `"`); leaves `i` after its closing quote. */
  const string = (): { offset: number; message: string } | undefined => {
    i++;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 32) return fail(c === 10 || c === 13 ? 'line break inside a string (is a closing quote missing?)' : 'control character inside a string; escape it');
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return fail('bad \\u escape in a string: four hex digits must follow');
          i += 6;
          continue;
        }
        if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
          i += 2;
          continue;
        }
        return fail(Number.isNaN(e) ? 'unterminated string' : 'bad escape in a string');
      }
      i++;
    }
    return fail('unterminated string');
  };
  const number = (): { offset: number; message: string } | undefined => {
    const begin = i;
    if (text.charCodeAt(i) === 45) i++;
    if (text.charCodeAt(i) === 48) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return fail('bad number', begin);
    if (text.charCodeAt(i) === 46) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return fail('bad number: a digit must follow "."');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69) {
      i++;
      if (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45) i++;
      if (!isDigit(text.charCodeAt(i))) return fail('bad number: a digit must follow the exponent');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (isDigit(text.charCodeAt(i))) return fail('bad number: leading zeros are not JSON');
    return undefined;
  };
  /** A value at `i`: scalars are read whole, a bracket is pushed. */
  const value = (): { offset: number; message: string } | undefined => {
    skipSpace();
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_JSON_DEPTH) return { offset: i, message: TOO_DEEP };
      stack.push(c === 123 ? 'o' : 'a');
      i++;
      skipSpace();
      const close = text.charCodeAt(i);
      if ((c === 123 && close === 125) || (c === 91 && close === 93)) {
        stack.pop();
        i++;
        return undefined;
      }
      return c === 123 ? member() : value();
    }
    if (c === 34) return string();
    if (c === 45 || isDigit(c)) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    return unexpected('expected a value');
  };
  /** `"key": value` at `i`, inside an object. */
  const member = (): { offset: number; message: string } | undefined => {
    skipSpace();
    if (text.charCodeAt(i) !== 34) return unexpected('expected a double-quoted property name');
    const problem = string();
    if (problem) return problem;
    skipSpace();
    if (text.charCodeAt(i) !== 58) return fail('expected ":" after the property name');
    i++;
    return value();
  };

  let problem = value();
  while (!problem) {
    skipSpace();
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (i < length) problem = fail('unexpected text after the JSON value');
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      skipSpace();
      const next = text.charCodeAt(i);
      if (next === 125 || next === 93) problem = fail('trailing comma; JSON allows none');
      else problem = top === 'o' ? member() : value();
    } else if ((top === 'o' && c === 125) || (top === 'a' && c === 93)) {
      stack.pop();
      i++;
    } else {
      problem = top === 'o' ? unexpected('expected "," or "}" after the property value') : unexpected('expected "," or "]" after the array item');
    }
  }
  return problem;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
