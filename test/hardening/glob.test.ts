import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileGlob, GlobSyntaxError } from '../../src/util/glob.js';
import { IgnoreList } from '../../src/discover/ignore.js';
import { growth, MAX_GROWTH, TIMING } from './timing.js';

/**
 * The regex translation compileGlob used before it became an automaton, kept as the
 * oracle for paths short enough that its backtracking does not matter. Character classes
 * are left out: the automaton never lets `[!x]` match `/`, the regex did.
 */
function oracle(pattern: string): (path: string) => boolean {
  let body = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  const anchored = body.startsWith('/') || body.slice(0, -1).includes('/');
  body = body.replace(/^\/*/, '').replace(/\/+$/, '');
  let out = '';
  let open = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '*') {
      if (body[i + 1] === '*') {
        if (body[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '{') {
      open++;
      out += '(?:';
    } else if (ch === '}' && open > 0) {
      open--;
      out += ')';
    } else if (ch === ',' && open > 0) out += '|';
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${out}(?:/.*)?$`, 's');
  return (path) => regex.test(path);
}

const globChar = fc.constantFrom('a', 'b', '.', '/', '*', '**', '?', '{', '}', ',', '-', '\\', '\n');
const pathChar = fc.constantFrom('a', 'b', '.', '/', '-', '\\', '\n', 'é');

describe('compileGlob', () => {
  test('matches exactly as the former regex translation did (property)', () => {
    fc.assert(
      fc.property(fc.array(globChar, { minLength: 1, maxLength: 12 }), fc.array(fc.array(pathChar, { maxLength: 14 }), { minLength: 1, maxLength: 6 }), (parts, paths) => {
        const pattern = parts.join('');
        let glob;
        try {
          glob = compileGlob(pattern);
        } catch (error) {
          expect(error).toBeInstanceOf(GlobSyntaxError);
          return;
        }
        const expected = oracle(pattern);
        for (const path of paths.map((chars) => chars.join(''))) expect([pattern, path, glob.matches(path)]).toEqual([pattern, path, expected(path)]);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['**/dev/**', 'envs/dev/a.properties', true],
    ['**/dev/**', 'dev/x', true],
    ['**/dev/**', 'dev', false],
    ['*.properties', 'a/b/server.properties', true],
    ['/server.properties', 'a/server.properties', false],
    ['envs/{prod,pci}/**', 'envs/pci/x.yaml', true],
    ['envs/{prod,pci}/**', 'envs/dev/x.yaml', false],
    ['server-[0-9].properties', 'server-7.properties', true],
    ['server-[!0-9].properties', 'server-7.properties', false],
    ['server-[!0-9].properties', 'server-x.properties', true],
    ['a[!b]c', 'a/c', false],
    ['[]x]', ']', true],
    ['[!]x]', ']', false],
    ['[!]x]', 'y', true],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).matches(path)).toBe(expected);
  });

  test('a class with a range out of order is a GlobSyntaxError, not a crash', () => {
    expect(() => compileGlob('[z-a]')).toThrow(GlobSyntaxError);
  });

  test('never throws anything but GlobSyntaxError, and matching never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 60 }), (pattern, path) => {
        let glob;
        try {
          glob = compileGlob(pattern);
        } catch (error) {
          expect(error).toBeInstanceOf(GlobSyntaxError);
          expect((error as GlobSyntaxError).column).toBeGreaterThanOrEqual(1);
          return;
        }
        expect(typeof glob.matches(path)).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  test('matching time is linear in the path, even for patterns that make a backtracking regex explode', TIMING, async () => {
    for (const pattern of ['*a*a*a*a*a*a*a*b', '**/*a*a*a*a*b/**', '{*a,a*}{*a,a*}{*a,a*}{*a,a*}b', '**/**/**/**/x']) {
      const glob = compileGlob(pattern);
      const ratio = await growth((n) => {
        const path = 'a'.repeat(n);
        return () => glob.matches(path);
      }, 20_000);
      expect(ratio, pattern).toBeLessThan(MAX_GROWTH);
    }
  });
});

describe('IgnoreList (.gitignore)', () => {
  test('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 40 }), fc.boolean(), (text, path, directory) => {
        const list = IgnoreList.parse(text);
        const verdict = list.verdict(path, directory);
        expect(verdict === undefined || typeof verdict === 'boolean').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('trims trailing whitespace exactly as /(?<!\\\\)\\s+$/ did (property)', () => {
    const ws = fc.constantFrom(' ', '\t', '\\', 'a', '*', '\u00a0', '\r', '#', '!');
    fc.assert(
      fc.property(fc.array(ws, { minLength: 1, maxLength: 10 }), fc.array(ws, { maxLength: 10 }), (chars, pathChars) => {
        const line = chars.join('');
        const path = pathChars.join('') || 'a';
        const expected = IgnoreList.parse(line.replace(/(?<!\\)\s+$/, ''));
        const actual = IgnoreList.parse(line);
        for (const directory of [false, true]) expect(actual.verdict(path, directory)).toBe(expected.verdict(path, directory));
      }),
      { numRuns: 3000 },
    );
  });

  test('reading a line of trailing whitespace is linear', TIMING, async () => {
    for (const make of [(n: number) => `${' '.repeat(n)}x`, (n: number) => `x${' \\'.repeat(n)} `, (n: number) => `x${' '.repeat(n)}`, (n: number) => `${'\\'.repeat(n)}   `]) {
      const ratio = await growth((n) => {
        const text = make(n);
        return () => IgnoreList.parse(text);
      }, 20_000);
      expect(ratio, make(3)).toBeLessThan(MAX_GROWTH);
    }
  });

  test('keeps the meaning of trailing spaces, escapes and comments', () => {
    const list = IgnoreList.parse('# comment\n\\#hash\n\\!bang\nkeep\\ \ntrail   \n!trail\n*.log\r\nbuild/\n');
    expect(list.verdict('#hash', false)).toBe(true);
    expect(list.verdict('!bang', false)).toBe(true);
    expect(list.verdict('trail', false)).toBe(false);
    expect(list.verdict('x.log', false)).toBe(true);
    expect(list.verdict('build', true)).toBe(true);
    expect(list.verdict('build', false)).toBeUndefined();
    expect(list.verdict('comment', false)).toBeUndefined();
  });
});
