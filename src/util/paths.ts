import { sep } from 'node:path';

/** Converts a platform path to the `/`-separated form every report uses. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
