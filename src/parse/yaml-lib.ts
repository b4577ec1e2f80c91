import type { Alias, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { lazyBeside } from '../util/beside.js';

export type YamlLib = typeof import('yaml');

/** In the bundle: bin/yaml.cjs beside it (scripts/bundle.mjs). Elsewhere the installed package. */
declare const __CONNECT_AUDIT_YAML__: string | undefined;

/**
 * The yaml package, loaded when a YAML file or a threat model's policy blocks are first
 * parsed: a run of .properties and JSON files, or whose threat model comes from
 * connect-audit's cache (src/scan/policy-cache.ts), never compiles its 195 KiB (bin/yaml.cjs).
 * Every module of src/ reaches it through here, never by importing 'yaml' at its top.
 */
export const yamlLib = lazyBeside<YamlLib>(typeof __CONNECT_AUDIT_YAML__ === 'string' ? __CONNECT_AUDIT_YAML__ : undefined, 'yaml');

/** The yaml package's own debugging switches (its Node build reads them while it parses). */
const DEBUG_VARIABLES = ['LOG_TOKENS', 'LOG_STREAM'] as const;

/**
 * Runs `parse` (a call into the yaml package) with LOG_TOKENS and LOG_STREAM unset, and puts
 * them back after. With either set, the package's Node build prints every token it reads to
 * stdout: the text of a scanned file, secrets and all, would reach a CI log. (bin/yaml.cjs,
 * built from the package's browser build, reads neither; the installed package, which
 * dist/ and the tests load, does.) Parsing is synchronous: no other code sees the gap.
 */
export function withoutYamlDebugOutput<T>(parse: () => T): T {
  const saved = DEBUG_VARIABLES.filter((name) => name in process.env).map((name) => [name, process.env[name]] as const);
  if (saved.length === 0) return parse();
  for (const [name] of saved) delete process.env[name];
  try {
    return parse();
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}

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
