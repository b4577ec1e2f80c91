/**
 * `${provider:[path:]key}` references, read exactly as Kafka's
 * ConfigTransformer.DEFAULT_PATTERN `\$\{([^}]*?):(([^}]*?):)?([^}]*?)\}` reads them, but
 * with a linear scan instead of the backtracking regex. References are analysed, never
 * resolved.
 */
export interface ProviderReference {
  readonly provider: string;
  /** The path part, undefined when the reference is `${provider:key}`. */
  readonly path: string | undefined;
  readonly key: string;
  /** Offset of `$` in the value. */
  readonly offset: number;
  readonly text: string;
}

export function findProviderReferences(value: string): ProviderReference[] {
  const references: ProviderReference[] = [];
  // Three cursors that only move forward keep the scan linear: the next `${`, the first
  // `}` after it and the first `:` after it. A `${` whose body has no `:` is no reference,
  // and neither is any `${` inside that body: they share its `}`.
  let start = value.indexOf('${');
  let close = -1;
  let colon = -1;
  let colonsLeft = true;
  while (start !== -1) {
    if (close < start) close = value.indexOf('}', start + 2);
    if (close === -1) break;
    if (colonsLeft && colon < start + 2) {
      colon = value.indexOf(':', start + 2);
      colonsLeft = colon !== -1;
    }
    if (colonsLeft && colon < close) {
      const second = value.indexOf(':', colon + 1);
      const hasPath = second !== -1 && second < close;
      references.push({
        provider: value.slice(start + 2, colon),
        path: hasPath ? value.slice(colon + 1, second) : undefined,
        key: value.slice(hasPath ? second + 1 : colon + 1, close),
        offset: start,
        text: value.slice(start, close + 1),
      });
    }
    start = value.indexOf('${', close + 1);
  }
  return references;
}

export function hasProviderReference(value: string): boolean {
  return value.includes('${') && findProviderReferences(value).length > 0;
}
