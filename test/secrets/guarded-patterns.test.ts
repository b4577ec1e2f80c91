import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GUARDED_VALUE_PATTERNS } from '../../src/model/kafka/secret-patterns.js';

/**
 * Each regular expression of judgeValue runs only when its guard (`may`) holds: a guard that
 * is false for a text the expression matches would silently change a verdict. So: every text
 * the expression matches, generated from the expression itself, passes its guard; so does
 * every matching text among random ones made of the expression's own characters.
 */
describe('judgeValue: every guard holds for what its regular expression matches', () => {
  test('there are guarded patterns (otherwise this proves nothing)', () => {
    expect(GUARDED_VALUE_PATTERNS.length).toBeGreaterThan(10);
  });

  test.each(GUARDED_VALUE_PATTERNS.map((guard) => [guard.pattern.source, guard] as const))('%s', (_source, { may, pattern }) => {
    const holds = (text: string): boolean => !pattern.test(text) || may(text);
    let matching: fc.Arbitrary<string>;
    if (pattern.source.includes('\\1')) {
      // fast-check cannot generate from a back-reference: one character, repeated.
      matching = fc.tuple(fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: 3, max: 12 })).map(([c, n]) => c.repeat(n));
    } else if (pattern.flags.includes('i')) {
      // Nor from a case-insensitive one: generate case-sensitively, then change the case of any letter.
      const exact = fc.stringMatching(new RegExp(pattern.source, pattern.flags.replace('i', '')));
      matching = fc.tuple(exact, fc.array(fc.boolean(), { minLength: 64, maxLength: 64 })).map(([text, flips]) =>
        [...text].map((c, i) => (flips[i % 64] ? c.toUpperCase() : c.toLowerCase())).join(''),
      );
    } else {
      matching = fc.stringMatching(pattern);
    }
    // (The generator may ignore a flag such as `i`: the texts it makes that do match are the test.)
    const generated = fc.sample(matching, 300);
    expect(generated.filter((text) => pattern.test(text)).length, 'texts generated from the pattern that match it').toBeGreaterThan(30);
    expect(generated.filter((text) => !holds(text))).toEqual([]);
    // Random texts of the characters the pattern names, and a few others.
    const alphabet = [...new Set([...pattern.source.replace(/\\[dws]/g, ''), 'a', 'Z', '0', '_', '-', ' ', '\n', '$', '{', '}', '='])];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((chars) => chars.join('')), holds), { numRuns: 3000 });
  });
});
