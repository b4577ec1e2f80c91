/**
 * Glob patterns over `/`-separated relative paths: `*` and `?` stay inside one segment,
 * `**` spans segments, `{a,b}` picks one, `[abc]` one character. A pattern with no `/`
 * matches the file name at any depth (as in .gitignore). A pattern ending in `/` or
 * naming a folder also matches everything below it.
 */
export interface Glob {
  readonly source: string;
  matches(path: string): boolean;
}

export class GlobSyntaxError extends Error {
  readonly column: number;
  constructor(message: string, column: number) {
    super(message);
    this.column = column;
  }
}

export function compileGlob(pattern: string): Glob {
  if (pattern.length === 0) throw new GlobSyntaxError('empty glob', 1);
  let body = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  const anchored = body.startsWith('/') || body.slice(0, -1).includes('/');
  const leading = /^\/*/.exec(body)![0].length;
  // Columns in errors count in `pattern`, so the stripped prefix is added back.
  const offset = pattern.length - body.length + leading;
  body = body.slice(leading).replace(/\/+$/, '');
  if (body.length === 0) throw new GlobSyntaxError(`glob "${pattern}" names no path`, 1);
  const source = translate(body, pattern, offset);
  // The pattern names a file or a folder: `docs` matches `docs/a/b.yaml` too.
  const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}(?:/.*)?$`, 's');
  return { source: pattern, matches: (path) => regex.test(path) };
}

function translate(body: string, original: string, offset: number): string {
  let out = '';
  const openBraces: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '*') {
      if (body[i + 1] === '*') {
        const atSegmentStart = i === 0 || body[i - 1] === '/';
        const atSegmentEnd = i + 2 === body.length || body[i + 2] === '/';
        if (!atSegmentStart || !atSegmentEnd) throw new GlobSyntaxError(`"**" must be a whole path segment in "${original}"`, offset + i + 1);
        if (body[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const close = body.indexOf(']', i + 2);
      if (close === -1) throw new GlobSyntaxError(`unclosed "[" in "${original}"`, offset + i + 1);
      let set = body.slice(i + 1, close);
      if (set.includes('/')) throw new GlobSyntaxError(`"/" inside "[…]" in "${original}"`, offset + i + 1);
      if (set.startsWith('!')) set = `^${set.slice(1)}`;
      out += `[${set.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (ch === '{') {
      openBraces.push(i);
      out += '(?:';
    } else if (ch === '}' && openBraces.length > 0) {
      openBraces.pop();
      out += ')';
    } else if (ch === ',' && openBraces.length > 0) {
      out += '|';
    } else {
      out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  const unclosed = openBraces.pop();
  if (unclosed !== undefined) throw new GlobSyntaxError(`unclosed "{" in "${original}"`, offset + unclosed + 1);
  return out;
}
