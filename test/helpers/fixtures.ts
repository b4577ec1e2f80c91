import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RULE_FIXTURES = join(PROJECT_ROOT, 'fixtures', 'rules');

/** A fixture case: one file, or a folder scanned together as one deployment. */
export interface FixtureCase {
  readonly name: string;
  readonly path: string;
  readonly files: string[];
}

export function listCases(ruleId: string, kind: 'fires' | 'silent'): FixtureCase[] {
  const base = join(RULE_FIXTURES, ruleId, kind);
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .sort()
    .filter((name) => !name.endsWith('.expect.yaml'))
    .map((name) => {
      const path = join(base, name);
      return { name, path, files: statSync(path).isDirectory() ? filesBelow(path) : [path] };
    });
}

export function filesBelow(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((name) => join(directory, name))
    .filter((path) => statSync(path).isFile() && !path.endsWith('.expect.yaml'))
    .sort();
}

export function displayPath(path: string): string {
  return relative(PROJECT_ROOT, path).split('\\').join('/');
}
