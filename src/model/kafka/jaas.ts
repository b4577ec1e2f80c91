/**
 * JAAS configuration as Kafka reads `sasl.jaas.config` (org.apache.kafka.common.security.JaasConfig):
 * `<LoginModule class> <flag> name=value name="value" … ;`, one or more modules. Offsets
 * let rules point into the value; values are never resolved.
 */
export interface JaasOption {
  readonly name: string;
  readonly value: string;
  /** Offset of the value's first character (after an opening quote) in the parsed text. */
  readonly valueOffset: number;
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
        options.push({ name: name.text, value: value.text, valueOffset: value.offset, quoted: value.kind === 'quoted' });
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
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '=') {
      tokens.push({ kind: 'equals', text: c, offset: i++ });
    } else if (c === ';') {
      tokens.push({ kind: 'semicolon', text: c, offset: i++ });
    } else if (c === '{' || c === '}') {
      tokens.push({ kind: 'brace', text: c, offset: i++ });
    } else if (c === '"' || c === "'") {
      let end = i + 1;
      let value = '';
      while (end < text.length && text[end] !== c) {
        if (text[end] === '\\' && end + 1 < text.length) end++;
        value += text[end];
        end++;
      }
      tokens.push({ kind: 'quoted', text: value, offset: i + 1 });
      i = end + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else {
      const start = i;
      while (i < text.length && !/[\s=;{}"']/.test(text[i]!)) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), offset: start });
    }
  }
  return tokens;
}
