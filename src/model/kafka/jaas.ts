/**
 * JAAS configuration as Kafka reads `sasl.jaas.config` (org.apache.kafka.common.security.JaasConfig):
 * `<LoginModule class> <flag> name=value name="value" … ;`, one or more modules. Offsets
 * let rules point into the value; values are never resolved.
 */
import { isSpace } from '../../util/chars.js';

export interface JaasOption {
  readonly name: string;
  readonly value: string;
  /** Offset of the value's first character (after an opening quote) in the parsed text. */
  readonly valueOffset: number;
  /** Offset just past the value's last character (before a closing quote) in the parsed text. */
  readonly valueEnd: number;
  readonly quoted: boolean;
}

export interface JaasModule {
  readonly className: string;
  readonly flag: string;
  readonly options: readonly JaasOption[];
  readonly offset: number;
}

const FLAGS = new Set(['required', 'requisite', 'sufficient', 'optional']);

/** Tolerant tokenizer: returns the modules it could read, never throws. Linear in the text. */
export function parseJaasConfig(text: string): JaasModule[] {
  const tokens = tokenize(text);
  const modules: JaasModule[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i]!;
    if (head.kind !== 'word') {
      i++;
      continue;
    }
    const flag = tokens[i + 1];
    if (!flag || flag.kind !== 'word' || !FLAGS.has(flag.text.toLowerCase())) {
      i++;
      continue;
    }
    const options: JaasOption[] = [];
    i += 2;
    while (i < tokens.length && tokens[i]!.kind !== 'semicolon') {
      const name = tokens[i]!;
      const equals = tokens[i + 1];
      const value = tokens[i + 2];
      if (name.kind === 'word' && equals?.kind === 'equals' && value && (value.kind === 'word' || value.kind === 'quoted')) {
        options.push({ name: name.text, value: value.text, valueOffset: value.offset, valueEnd: value.end, quoted: value.kind === 'quoted' });
        i += 3;
      } else {
        i++;
      }
    }
    modules.push({ className: head.text, flag: flag.text, options, offset: head.offset });
    i++;
  }
  return modules;
}

interface Token {
  readonly kind: 'word' | 'quoted' | 'equals' | 'semicolon' | 'brace';
  readonly text: string;
  readonly offset: number;
  /** Offset just past the token (before a closing quote). */
  readonly end: number;
}

/** What ends a word, besides white space. */
const WORD_END = new Set(['=', ';', '{', '}', '"', "'"]);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(text.charCodeAt(i))) {
      i++;
    } else if (c === '=') {
      tokens.push({ kind: 'equals', text: c, offset: i, end: ++i });
    } else if (c === ';') {
      tokens.push({ kind: 'semicolon', text: c, offset: i, end: ++i });
    } else if (c === '{' || c === '}') {
      tokens.push({ kind: 'brace', text: c, offset: i, end: ++i });
    } else if (c === '"' || c === "'") {
      let end = i + 1;
      let value = '';
      while (end < text.length && text[end] !== c) {
        if (text[end] === '\\' && end + 1 < text.length) end++;
        value += text[end];
        end++;
      }
      tokens.push({ kind: 'quoted', text: value, offset: i + 1, end: Math.min(end, text.length) });
      i = end + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else {
      // Kafka resolves `${provider:path:key}` before it parses the JAAS text, so a reference
      // is one word even though `{`, `}` and `:` would otherwise end it.
      const start = i;
      while (i < text.length && !WORD_END.has(text[i]!) && !isSpace(text.charCodeAt(i))) {
        if (text[i] === '$' && text[i + 1] === '{') {
          const close = text.indexOf('}', i + 2);
          i = close === -1 ? text.length : close + 1;
        } else {
          i++;
        }
      }
      tokens.push({ kind: 'word', text: text.slice(start, i), offset: start, end: i });
    }
  }
  return tokens;
}
