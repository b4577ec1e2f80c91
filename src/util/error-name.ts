/**
 * The kind of an exception, in words that never come from the input: `TypeError`,
 * `RangeError`. Its message may quote a value the code was reading (V8's JSON.parse,
 * BigInt and RegExp errors do), which may be a secret, so only this is ever printed.
 */
export function errorName(error: unknown): string {
  return error instanceof Error && /^\w+$/.test(error.name) ? error.name : 'Error';
}
