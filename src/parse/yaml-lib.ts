import type { Alias, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { lazyBeside } from '../util/beside.js';

export type YamlLib = typeof import('yaml');

/** In the bundle: bin/yaml.cjs beside it (scripts/bundle.mjs). Elsewhere the installed package. */
declare const __CONNECT_AUDIT_YAML__: string | undefined;

/**
 * The yaml package, loaded when a YAML file or a threat model's policy blocks are first
 * parsed: a run of .properties and JSON files, or whose threat model comes from
 * connect-audit's cache (src/scan/policy-cache.ts), never compiles its 256 KiB (~9 ms).
 * Every module of src/ reaches it through here, never by importing 'yaml' at its top.
 */
export const yamlLib = lazyBeside<YamlLib>(typeof __CONNECT_AUDIT_YAML__ === 'string' ? __CONNECT_AUDIT_YAML__ : undefined, 'yaml');

// The package's node tests, through yamlLib().
export function isAlias(node: unknown): node is Alias {
  return yamlLib().isAlias(node);
}

export function isMap(node: unknown): node is YAMLMap {
  return yamlLib().isMap(node);
}

export function isSeq(node: unknown): node is YAMLSeq {
  return yamlLib().isSeq(node);
}

export function isScalar(node: unknown): node is Scalar {
  return yamlLib().isScalar(node);
}
