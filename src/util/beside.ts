import { createRequire } from 'node:module';

/**
 * How the bundle loads the parsers shipped beside it (bin/babel-parser.cjs, bin/yaml.cjs).
 * The launcher (src/cli/launcher.ts) sets a loader that compiles them with V8's code cache,
 * as it compiles the bundle itself: @babel/parser is 520 KiB and yaml 195 KiB, which the first
 * JavaScript or YAML file of a run would otherwise compile every time. Without a launcher
 * (tests, a worker thread), require.
 */
let loader: ((name: string) => unknown) | undefined;

/** Called by the launcher before main(); `name` is a file name in the bundle's folder. */
export function setBesideLoader(load: (name: string) => unknown): void {
  loader = load;
}

/** `./name` beside the bundle, or `fallback` (a package name) outside it. */
export function requireBeside(beside: string | undefined, fallback: string): unknown {
  if (beside === undefined) return createRequire(import.meta.url)(fallback);
  return loader !== undefined ? loader(beside.replace(/^\.\//, '')) : createRequire(import.meta.url)(beside);
}

/**
 * A loader of `fallback` (a package) or, in the bundle, of `beside` (a file next to it),
 * that loads it on its first call only.
 */
export function lazyBeside<T>(beside: string | undefined, fallback: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireBeside(beside, fallback) as T);
}
