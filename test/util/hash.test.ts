import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sha256Hex } from '../../src/util/hash.js';

const nodeSha256 = (input: string | Uint8Array): string => createHash('sha256').update(input).digest('hex');

describe('sha256Hex', () => {
  test('is SHA-256 (FIPS 180-4 test vectors)', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  // Small inputs are hashed in JavaScript, large ones by node:crypto: the digest must not
  // depend on which, or a baseline written by one run would not match the next.
  test('gives node:crypto digest for any text, on both sides of the native threshold', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
    fc.assert(fc.property(text, (input) => sha256Hex(input) === nodeSha256(input)), { numRuns: 500 });
    // Lone surrogates: both encode them as U+FFFD.
    // The last is one character under the threshold: hashed in JavaScript.
    for (const input of ['\ud800', 'a\udfffb', '\udc00\ud800', 'x'.repeat(16 * 1024 - 2) + '\ud83d']) expect(sha256Hex(input)).toBe(nodeSha256(input));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha256Hex(bytes) === nodeSha256(bytes)), { numRuns: 200 });
    // Every length around the padding's edges: 55 bytes fit one block with the length, 56 do not.
    for (let length = 0; length <= 200; length++) {
      const input = 'k'.repeat(length);
      expect(sha256Hex(input), `${length} bytes`).toBe(nodeSha256(input));
    }
    // Under the threshold in characters, over it in bytes: still hashed in JavaScript.
    for (const input of ['\u20ac'.repeat(16 * 1024 - 1), '\ud83d\ude00'.repeat(8 * 1024 - 1)]) expect(sha256Hex(input)).toBe(nodeSha256(input));
    const large = 'password=secret\n'.repeat(4096);
    expect(sha256Hex(large)).toBe(nodeSha256(large));
    expect(sha256Hex('after a large one')).toBe(nodeSha256('after a large one'));
  });
});
