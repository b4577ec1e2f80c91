import type { ConfigDocument } from './config-document.js';

/**
 * `compute`, run once per document: a document does not change once built, and several rules
 * ask it the same question (a broker's listeners are read by some twenty rule checks).
 */
export function perDocument<T>(compute: (doc: ConfigDocument) => T): (doc: ConfigDocument) => T {
  const known = new WeakMap<ConfigDocument, { value: T }>();
  return (doc) => {
    let found = known.get(doc);
    if (found === undefined) known.set(doc, (found = { value: compute(doc) }));
    return found.value;
  };
}
