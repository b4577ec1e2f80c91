import { lazyBeside } from '../util/beside.js';

export type YamlLib = typeof import('yaml');

/** In the bundle: bin/yaml.cjs beside it (scripts/bundle.mjs). Elsewhere the installed package. */
declare const __CONNECT_AUDIT_YAML__: string | undefined;

/**
 * The yaml package, loaded when a threat model's policy blocks are first parsed: a run whose
 * threat model comes from connect-audit's cache (src/scan/policy-cache.ts) never compiles its
 * 256 KiB (~9 ms), although it reads the Markdown to know whether it has policy blocks.
 */
export const yamlLib = lazyBeside<YamlLib>(typeof __CONNECT_AUDIT_YAML__ === 'string' ? __CONNECT_AUDIT_YAML__ : undefined, 'yaml');
