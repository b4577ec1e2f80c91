/**
 * A region of a source file. Lines and columns are 1-based; columns count UTF-16 code
 * units of the decoded text (SARIF `columnKind: utf16CodeUnits`). The end is exclusive.
 */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The span that starts where `start` starts and ends where `end` ends. */
export function joinSpans(start: Span, end: Span): Span {
  return { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
}

export const FILE_START: Span = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 1 });
