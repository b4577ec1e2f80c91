/**
 * The only form in which a secret value may appear in any output: at most a two-character
 * prefix and the length, e.g. `pa…(12 chars)`. Short values show no prefix at all.
 */
export function redact(value: string): string {
  const length = [...value].length;
  if (length === 0) return '(empty)';
  const prefix = length >= 8 ? [...value].slice(0, 2).join('') : '';
  return `${prefix}…(${length} chars)`;
}
