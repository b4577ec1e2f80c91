import type { PropertiesSyntax } from '../../parse/properties.js';
import type { LineIndex } from '../../parse/result.js';
import { createEntry, type Entry } from '../entry.js';
import type { Span } from '../location.js';
import { detectRoles } from '../detect-role.js';
import type { DocumentDraft } from './draft.js';

/** A .properties file becomes one document: broker, controller, worker, connector or client. */
export function propertiesToDraft(file: string, syntax: PropertiesSyntax): DocumentDraft | undefined {
  const entries = syntax.entries.map((property): Entry => {
    const keySpan = spanBetween(syntax.lines, property.keyStart, property.keyEnd);
    const valueSpan = spanBetween(syntax.lines, property.valueStart, property.valueEnd);
    return createEntry({
      key: property.key,
      value: property.value,
      span: { line: keySpan.line, column: keySpan.column, endLine: valueSpan.endLine, endColumn: valueSpan.endColumn },
      valueSpan,
    });
  });
  const keys = new Set(entries.map((entry) => entry.key));
  const processRoles = [...entries].reverse().find((entry) => entry.key === 'process.roles')?.value;
  const roles = detectRoles(baseName(file), keys, processRoles);
  if (roles.length === 0) return undefined;
  return { format: 'properties', roles, entries, comments: syntax.comments };
}

export function spanBetween(lines: LineIndex, start: number, end: number): Span {
  const from = lines.position(start);
  const to = lines.position(end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
