/**
 * A UTF-16 or UTF-32 file read as UTF-8: NULs between the first characters, or its
 * byte-order mark decoded as two U+FFFD. Readers refuse such text with an error rather
 * than find nothing in it and let the file pass unseen.
 */
export function looksWide(text: string): boolean {
  const start = text.slice(0, 8);
  return start.includes('\u0000') || start.startsWith('\ufffd\ufffd');
}

/** The error text for a wide file, naming the format it should have been saved in. */
export function wideEncodingMessage(format: 'JSON' | 'YAML'): string {
  return `not valid ${format}: the file looks UTF-16 or UTF-32 encoded; connect-audit reads ${format} as UTF-8 (save it as UTF-8)`;
}
