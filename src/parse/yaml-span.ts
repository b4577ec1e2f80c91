import type { Span } from '../model/location.js';
import type { ScalarStyle, TextRun, YamlScalar } from './yaml.js';
import { isSpace } from '../util/chars.js';

/** 1-based line and column of an offset of the text being read. */
export type PositionOf = (offset: number) => { line: number; column: number };

/**
 * The span of `text.slice(start, rawEnd)`. Block collections and scalars end after their
 * last line break (and trailing comments); the span ends at the last non-space character.
 */
export function spanOf(text: string, position: PositionOf, start: number, rawEnd: number): Span {
  let end = rawEnd;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const from = position(start);
  const to = position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** The null scalar of a key or `-` with nothing after it, at `offset`. */
export function emptyScalar(text: string, position: PositionOf, offset: number): YamlScalar {
  return { kind: 'scalar', value: null, text: '', style: 'plain', span: spanOf(text, position, offset, offset), viaAlias: false, runs: [] };
}

/**
 * Aligns a scalar's decoded text with its source, line by line: each source line
 * (indentation, quotes and block header removed) that appears verbatim at the next place in
 * the text becomes a run. Lines with escapes do not align and end the mapping.
 */
export function scalarRuns(source: string, position: PositionOf, text: string, style: ScalarStyle, start: number, end: number): TextRun[] {
  if (text === '') return [];
  let bodyStart = start;
  let bodyEnd = end;
  if (style === 'single' || style === 'double') {
    bodyStart = start + 1;
    bodyEnd = Math.max(bodyStart, end - 1);
  } else if (style === 'literal' || style === 'folded') {
    const newline = source.indexOf('\n', start);
    if (newline === -1 || newline >= end) return [];
    bodyStart = newline + 1;
  }
  const runs: TextRun[] = [];
  let cursor = 0;
  let lineStart = bodyStart;
  while (lineStart <= bodyEnd && cursor < text.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > bodyEnd) lineEnd = bodyEnd;
    let from = lineStart;
    let to = lineEnd;
    if (to > from && source.charCodeAt(to - 1) === 13) to--;
    while (from < to && (source[from] === ' ' || source[from] === '\t')) from++;
    if (style !== 'literal') while (to > from && (source[to - 1] === ' ' || source[to - 1] === '\t')) to--;
    const piece = source.slice(from, to);
    if (piece !== '') {
      let at = cursor;
      while (at < text.length && text.slice(at, at + piece.length) !== piece && (text[at] === ' ' || text[at] === '\n' || text[at] === '\t')) at++;
      if (text.slice(at, at + piece.length) !== piece) break;
      const { line, column } = position(from);
      runs.push({ offset: at, length: piece.length, line, column });
      cursor = at + piece.length;
    }
    if (lineEnd >= bodyEnd) break;
    lineStart = lineEnd + 1;
  }
  return runs;
}
