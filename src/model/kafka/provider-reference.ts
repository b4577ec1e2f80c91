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
  let start = value.indexOf('${');
  let close = -1;
  while (start !== -1) {
    if (close < start) close = value.indexOf('}', start + 2);
    if (close === -1) break;
    const body = value.slice(start + 2, close);
    const firstColon = body.indexOf(':');
    if (firstColon !== -1) {
      const rest = body.slice(firstColon + 1);
      const secondColon = rest.indexOf(':');
      references.push({
        provider: body.slice(0, firstColon),
        path: secondColon === -1 ? undefined : rest.slice(0, secondColon),
        key: secondColon === -1 ? rest : rest.slice(secondColon + 1),
        offset: start,
        text: value.slice(start, close + 1),
      });
      start = value.indexOf('${', close + 1);
    } else {
      start = value.indexOf('${', start + 1);
    }
  }
  return references;
}

export function hasProviderReference(value: string): boolean {
  return value.includes('${') && findProviderReferences(value).length > 0;
}
