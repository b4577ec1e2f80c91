import { createRequire } from 'node:module';

let changed = false;

/**
 * Sets V8 flags (node:v8 is loaded only then, ~4 ms). V8 refuses cached code made under other
 * flags: the launcher (src/cli/launcher.ts) does not write its code cache after such a run.
 */
export function setV8Flags(flags: string): void {
  changed = true;
  (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}

export function v8FlagsChanged(): boolean {
  return changed;
}
