import { compileGlob, type Glob } from '../util/glob.js';

interface IgnoreRule {
  readonly glob: Glob;
  readonly negated: boolean;
  readonly directoryOnly: boolean;
}

/**
 * The .gitignore rules of one folder, matched against paths relative to that folder.
 * The last matching rule wins; `!` re-includes; a trailing `/` matches folders only.
 */
export class IgnoreList {
  readonly #rules: IgnoreRule[] = [];

  static parse(text: string): IgnoreList {
    const list = new IgnoreList();
    for (const rawLine of text.split(/\r?\n/)) {
      let line = trimTrailingWhitespace(rawLine);
      if (line === '' || line.startsWith('#')) continue;
      const negated = line.startsWith('!');
      if (negated) line = line.slice(1);
      line = line.replace(/^\\([#!])/, '$1');
      const directoryOnly = line.endsWith('/');
      try {
        list.#rules.push({ glob: compileGlob(line), negated, directoryOnly });
      } catch {
        // git ignores a pattern it cannot read; so do we.
      }
    }
    return list;
  }

  /** true: ignored, false: re-included, undefined: no rule speaks of it. */
  verdict(relativePath: string, isDirectory: boolean): boolean | undefined {
    let verdict: boolean | undefined;
    for (const rule of this.#rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.glob.matches(relativePath)) verdict = !rule.negated;
    }
    return verdict;
  }
}

/**
 * Drops trailing whitespace, keeping one whitespace character escaped by a backslash
 * (`a\ ` keeps its space): what `/(?<!\\)\s+$/` removed, without its quadratic
 * backtracking on a long run of spaces followed by text.
 */
function trimTrailingWhitespace(line: string): string {
  let start = line.length;
  while (start > 0 && WHITESPACE.test(line[start - 1]!)) start--;
  if (start === line.length) return line;
  if (start > 0 && line[start - 1] === '\\') return line.slice(0, start + 1);
  return line.slice(0, start);
}

const WHITESPACE = /\s/;
