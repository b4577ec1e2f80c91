import { describe, expect, test } from 'vitest';
import { isAsciiDigit, isAsciiLetter, isSpace } from '../../src/util/chars.js';

describe('character classes without a regular expression', () => {
  test.each([
    ['isSpace', isSpace, /\s/],
    ['isAsciiLetter', isAsciiLetter, /[a-z]/i],
    ['isAsciiDigit', isAsciiDigit, /[0-9]/],
  ] as const)('%s is %s for every UTF-16 code unit', (_name, isIn, expression) => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isIn(code) !== expression.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});

describe('case-insensitive tests before a regular expression (src/model/kafka/secret-patterns.ts)', () => {
  // `text.toLowerCase().includes(word)` must hold wherever `/word/i` matches, or the
  // expression would be skipped where it matches: no character outside ASCII lowers into
  // one of these words' letters where /i (without u) would not also match it.
  test.each(['loginmodule', 'jdbc:', 'jdbc:oracle:'])('%s: every code unit that /i matches as one of its letters lowers to it', (word) => {
    for (const letter of new Set(word)) {
      for (let code = 0; code <= 0xffff; code++) {
        const char = String.fromCharCode(code);
        if (new RegExp(letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i').test(char)) expect([code, char.toLowerCase()]).toEqual([code, letter]);
      }
    }
  });
});
