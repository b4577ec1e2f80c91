import type { ConfigDocument } from '../config-document.js';
import type { Entry } from '../entry.js';
import { findProviderReferences, type ProviderReference } from './provider-reference.js';
import { declaredProviders, type DeclaredProvider } from './connect-providers.js';
import { OVERRIDE_PREFIXES } from './connect-overrides.js';
import { isUnknownValue } from './connect-worker.js';

/**
 * `${alias:[path:]key}` references in a connector config, with the providers that would
 * resolve them: the workers' (Connect's WorkerConfigTransformer) and, for keys under a
 * client-override prefix, providers the connector declares for that client itself
 * (automatic config providers, CVE-2024-31141).
 */
export interface ConnectorReference {
  readonly entry: Entry;
  readonly reference: ProviderReference;
}

export function connectorReferences(doc: ConfigDocument): ConnectorReference[] {
  const out: ConnectorReference[] = [];
  for (const entry of doc.effectiveEntries()) {
    if (!isUnknownValue(entry)) continue;
    for (const reference of findProviderReferences(entry.value)) out.push({ entry, reference });
  }
  return out;
}

/** The providers the given workers declare, by alias; undefined when a worker's providers are unknown (a `${…}` list, an operator that adds its own). */
export function workerProviderMap(workers: readonly ConfigDocument[]): Map<string, { worker: ConfigDocument; provider: DeclaredProvider }[]> | undefined {
  const map = new Map<string, { worker: ConfigDocument; provider: DeclaredProvider }[]>();
  for (const worker of workers) {
    if (isUnknownValue(worker.get('config.providers'))) return undefined;
    // Confluent for Kubernetes configures Connect's config providers itself (FileConfigProvider
    // for mounted secrets), and the CFK adapter does not model them: unknown.
    if (worker.format === 'cfk') return undefined;
    for (const provider of declaredProviders(worker)) {
      const list = map.get(provider.alias) ?? [];
      list.push({ worker, provider });
      map.set(provider.alias, list);
    }
  }
  return map;
}

/** A provider the connector declares for the client whose override key holds the reference. */
export function connectorOwnProvider(doc: ConfigDocument, entry: Entry, alias: string): DeclaredProvider | undefined {
  const prefix = OVERRIDE_PREFIXES.find((candidate) => entry.key.startsWith(candidate));
  if (!prefix) return undefined;
  return declaredProviders(doc, prefix).find((provider) => provider.alias === alias);
}
