import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { root: string; version: string } | undefined;

/**
 * The installed package's folder, found by walking up to connect-audit's package.json:
 * the same code runs from src/ (tests) and dist/src/ (built), so no fixed `../..` works.
 */
export function packageInfo(): { root: string; version: string } {
  if (cached) return cached;
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'connect-audit') return (cached = { root: directory, version: parsed.version ?? '0.0.0' });
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error('cannot find the connect-audit package root');
    directory = parent;
  }
}

/** In the bundle: the version of the package.json it was built from (scripts/bundle.mjs). */
declare const __CONNECT_AUDIT_VERSION__: string | undefined;

/** connect-audit's version: built into the bundle; read from package.json (packageInfo) elsewhere. */
export function packageVersion(): string {
  return typeof __CONNECT_AUDIT_VERSION__ === 'string' ? __CONNECT_AUDIT_VERSION__ : packageInfo().version;
}
