/**
 * What `/\s/` matches, for one UTF-16 code unit, without a regular expression: V8 compiles a
 * regular expression to machine code on its second use, a cost a one-file run pays for each
 * one it tests character by character.
 */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** What `/[a-z]/i` matches: an ASCII letter (no other code unit folds to one without the `u` flag). */
export function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/** What `/[0-9]/` matches. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
