import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CAMEL_SECRET_NAME, SECRET_NAME, SECRET_WORD_ENDINGS, secretKeyInfo } from '../../src/model/kafka/secret-keys.js';
import { DESCRIPTIVE_PLACEHOLDER, judgeValue, mayBeDescriptivePlaceholder } from '../../src/model/kafka/secret-patterns.js';

/** The words of the regex's last group, with optional separators and plural `s?` taken out. */
function words(regex: RegExp): string[] {
  const group = /\(([^()]+)\)\$$/.exec(regex.source)?.[1];
  if (group === undefined) throw new Error(`no final (word|word)$ group in ${regex.source}`);
  return group.split('|').map((word) => word.replace(/\[\._-\]\?/g, '').replace(/s\?$/, ''));
}

describe('secret key names', () => {
  // secretKeyInfo skips both regular expressions for a key that does not end like one of their
  // words: a word added to them must end like one of SECRET_WORD_ENDINGS, or it would never match.
  test.each([
    ['SECRET_NAME', SECRET_NAME],
    ['CAMEL_SECRET_NAME', CAMEL_SECRET_NAME],
  ])('every word of %s ends like one of SECRET_WORD_ENDINGS', (_name, regex) => {
    const list = words(regex);
    expect(list.length).toBeGreaterThan(20);
    expect(list.filter((word) => !SECRET_WORD_ENDINGS.some((ending) => word.toLowerCase().endsWith(ending)))).toEqual([]);
  });

  test.each(words(SECRET_NAME))('a key ending in %s is a secret, in any of the usual spellings', (word) => {
    for (const key of [`app.${word}`, `APP_${word.toUpperCase()}`, `my-${word}`, word]) expect(secretKeyInfo(key)?.source, key).toBe('name');
  });

  test('keys that only contain a secret word elsewhere are not secrets', () => {
    for (const key of ['password.file.location', 'token.endpoint.url', 'listeners', 'log.dirs', 'keystore.type', 'secretary', 'monkey.business']) expect(secretKeyInfo(key), key).toBeUndefined();
  });
});

describe('descriptive placeholders ("your-password-here")', () => {
  // judgeValue runs DESCRIPTIVE_PLACEHOLDER only where mayBeDescriptivePlaceholder says it may
  // match: that must never skip a value the regular expression matches.
  test('mayBeDescriptivePlaceholder holds for every value the regular expression matches (property)', () => {
    const piece = fc.constantFrom('your', 'My', 'enter', 'the', 'a', 'own', 'PASSWORD', 'passwd', 'pass', 'Pwd', 'secret', 'token', 'key', 'apikey', 'credential', 'Credentials', 'passphrase', 'here', 'goes', 'placeholder', 'db', '0', '-', '_', ' ', '.', 's', 'K', '\u212a', '\u0131');
    let matched = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (!DESCRIPTIVE_PLACEHOLDER.test(text)) return true;
        matched++;
        return mayBeDescriptivePlaceholder(text);
      }),
      { numRuns: 5000 },
    );
    expect(matched).toBeGreaterThan(20); // the property was tested on matches, not only on misses
  });

  test.each(['your-password-here', 'MY_SECRET', 'enter your api key', 'db-password-placeholder', 'the own token goes here', 'your-credentialss', 'my passs', 'your-Passwords'])('%s is a placeholder', (value) => {
    expect(judgeValue(value).verdict).toBe('placeholder');
  });
});
