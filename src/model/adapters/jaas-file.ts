/**
 * JAAS login configuration files (`kafka_server_jaas.conf`, `-Djava.security.auth.login.config`):
 *
 *     KafkaServer {
 *       org.apache.kafka.common.security.plain.PlainLoginModule required
 *       username="admin" password="…" user_alice="…";
 *     };
 *
 * Each section becomes one document with a single `sasl.jaas.config` entry whose value is
 * the section body exactly as written (so a rule can point at the line of one option) and
 * whose span is the whole section. Sections are read as the JDK's ConfigFile reads them
 * (`//` and `/* *\/` comments, `"` quotes), and more leniently: `#` comment lines, which the
 * JDK rejects, are skipped so that a file Java would refuse is still checked for secrets.
 */
import { LineIndex, type SourceError } from '../../parse/result.js';
import type { SourceComment } from '../config-document.js';
import type { DraftReader, SourceText } from '../build.js';
import { createEntry } from '../entry.js';
import type { Role } from '../roles.js';
import type { DocumentDraft } from './draft.js';
import { isSpace } from '../../util/chars.js';

/** One `Name { … };` section of a JAAS file, with offsets into the file text. */
export interface JaasSection {
  readonly name: string;
  readonly nameOffset: number;
  /** Offset just after `{` and of the closing `}`: the body is text.slice(bodyStart, bodyEnd). */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Offset just past the section's closing `}` or `};`. */
  readonly end: number;
}

export interface JaasFileSyntax {
  /** The text with `#` comment lines blanked out (offsets unchanged). */
  readonly text: string;
  readonly sections: readonly JaasSection[];
  readonly comments: readonly SourceComment[];
}

/** Reads the sections of a JAAS file; an error names the line and never quotes the input. */
export function parseJaasFile(source: string): { ok: true; value: JaasFileSyntax } | { ok: false; error: SourceError } {
  const lines = new LineIndex(source);
  const comments: SourceComment[] = [];
  // UTF-16 code units, so that offsets into `chars` are offsets into `source`.
  const chars = source.split('');
  if (chars[0] === '\ufeff') chars[0] = ' ';
  const sections: JaasSection[] = [];
  const fail = (offset: number, message: string) => {
    const { line, column } = lines.position(offset);
    return { ok: false as const, error: { line, column, message } };
  };

  let i = 0;
  /** Skips whitespace and comments; blanks `#` lines so later readers do not see them. */
  const skipTrivia = (): SourceError | undefined => {
    while (i < chars.length) {
      const c = chars[i]!;
      if (isSpace(c.charCodeAt(0))) {
        i++;
      } else if (c === '#' && atLineStart(chars, i)) {
        const start = i;
        while (i < chars.length && chars[i] !== '\n' && chars[i] !== '\r') i++;
        comments.push({ line: lines.position(start).line, text: chars.slice(start + 1, i).join('') });
        for (let k = start; k < i; k++) chars[k] = ' ';
      } else if (c === '/' && chars[i + 1] === '/') {
        const start = i;
        while (i < chars.length && chars[i] !== '\n' && chars[i] !== '\r') i++;
        comments.push({ line: lines.position(start).line, text: chars.slice(start + 2, i).join('') });
      } else if (c === '/' && chars[i + 1] === '*') {
        const close = source.indexOf('*/', i + 2);
        if (close === -1) return fail(i, 'JAAS file: a /* comment is not closed').error;
        i = close + 2;
      } else {
        return undefined;
      }
    }
    return undefined;
  };

  for (;;) {
    const error = skipTrivia();
    if (error) return { ok: false, error };
    if (i >= chars.length) break;
    const nameOffset = i;
    while (i < chars.length && /[\w.$*-]/.test(chars[i]!)) i++;
    if (i === nameOffset) return fail(i, 'JAAS file: expected the name of a login section');
    const name = source.slice(nameOffset, i);
    const afterName = skipTrivia();
    if (afterName) return { ok: false, error: afterName };
    if (chars[i] !== '{') return fail(i, `JAAS file: expected "{" after the section name`);
    const bodyStart = ++i;
    // The body runs to the first `}` outside quotes, comments and `${…}`; `#` lines inside are blanked too.
    let bodyEnd = -1;
    while (i < chars.length) {
      const c = chars[i]!;
      if (c === '"' || c === "'") {
        const quoteStart = i;
        i++;
        while (i < chars.length && chars[i] !== c) {
          if (chars[i] === '\\') i++;
          i++;
        }
        if (i >= chars.length) return fail(quoteStart, 'JAAS file: a quoted value is not closed');
        i++;
      } else if (c === '#' && atLineStart(chars, i)) {
        const start = i;
        while (i < chars.length && chars[i] !== '\n' && chars[i] !== '\r') i++;
        comments.push({ line: lines.position(start).line, text: chars.slice(start + 1, i).join('') });
        for (let k = start; k < i; k++) chars[k] = ' ';
      } else if (c === '/' && chars[i + 1] === '/') {
        const start = i;
        while (i < chars.length && chars[i] !== '\n' && chars[i] !== '\r') i++;
        comments.push({ line: lines.position(start).line, text: chars.slice(start + 2, i).join('') });
      } else if (c === '/' && chars[i + 1] === '*') {
        const close = source.indexOf('*/', i + 2);
        if (close === -1) return fail(i, 'JAAS file: a /* comment is not closed');
        i = close + 2;
      } else if (c === '$' && chars[i + 1] === '{') {
        // A config provider reference (`password=${file:…}`) is not the end of the section.
        const close = source.indexOf('}', i + 2);
        i = close === -1 ? chars.length : close + 1;
      } else if (c === '}') {
        bodyEnd = i;
        i++;
        break;
      } else {
        i++;
      }
    }
    if (bodyEnd === -1) return fail(nameOffset, 'JAAS file: the section is not closed with "};"');
    const save = i;
    const trailing = skipTrivia();
    if (trailing) return { ok: false, error: trailing };
    if (chars[i] === ';') i++;
    else i = save;
    sections.push({ name, nameOffset, bodyStart, bodyEnd, end: i });
  }
  return { ok: true, value: { text: chars.join(''), sections, comments: comments.sort((a, b) => a.line - b.line) } };
}

function atLineStart(chars: readonly string[], offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = chars[k]!;
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '\f') return false;
  }
  return true;
}

/**
 * The role of the process that reads a section: `KafkaServer` (also listener-prefixed,
 * `sasl_ssl.KafkaServer`) a broker, `KafkaClient` and ZooKeeper's `Client` a client,
 * `KafkaConnect` (the REST basic-auth extension) a worker, ZooKeeper's `Server`,
 * `QuorumServer` and `QuorumLearner` the server side of the cluster; other names a client.
 */
export function roleOfSection(name: string): Role {
  const last = name.slice(name.lastIndexOf('.') + 1);
  switch (last) {
    case 'KafkaServer':
    case 'Server':
    case 'QuorumServer':
    case 'QuorumLearner':
      return 'broker';
    case 'KafkaConnect':
      return 'worker';
    default:
      return 'client';
  }
}

/** The reader registered for input kind `jaas`. */
export const readJaasFile: DraftReader = (source: SourceText) => {
  const parsed = parseJaasFile(source.text);
  if (!parsed.ok) return { drafts: [], error: parsed.error };
  return { drafts: jaasFileToDrafts(parsed.value) };
};

export function jaasFileToDrafts(syntax: JaasFileSyntax): DocumentDraft[] {
  const lines = new LineIndex(syntax.text);
  return syntax.sections.map((section): DocumentDraft => {
    const start = lines.position(section.nameOffset);
    const end = lines.position(section.end);
    const bodyFrom = lines.position(section.bodyStart);
    const bodyTo = lines.position(section.bodyEnd);
    const entry = createEntry({
      key: 'sasl.jaas.config',
      value: syntax.text.slice(section.bodyStart, section.bodyEnd),
      span: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
      valueSpan: { line: bodyFrom.line, column: bodyFrom.column, endLine: bodyTo.line, endColumn: bodyTo.column },
      origin: `JAAS section ${section.name}`,
    });
    return { format: 'jaas', roles: [roleOfSection(section.name)], entries: [entry], name: section.name, comments: syntax.comments };
  });
}
