import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

/** Relative modules a file imports statically (value imports; `import type` and `import()` excluded). */
function staticImports(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const out: string[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+['"](\.[^'"]+)['"]/gm)) {
    const target = relative(PROJECT_ROOT, resolve(dirname(join(PROJECT_ROOT, file)), match[1]!)).split('\\').join('/').replace(/\.js$/, '.ts');
    if (existsSync(join(PROJECT_ROOT, target))) out.push(target);
  }
  return out;
}

function reachable(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}

describe('YAML and JavaScript readers are loaded on demand', () => {
  test('the scan pipeline and the rules never import the YAML or Babel-based readers statically', () => {
    const graph = reachable(['src/scan/scan.ts', 'src/scan/readers.ts', 'src/model/build.ts', 'rules/index.ts']);
    const heavy = ['src/parse/yaml.ts', 'src/parse/javascript.ts', 'src/model/adapters/yaml.ts', 'src/model/adapters/javascript.ts', 'src/model/adapters/compose.ts', 'src/model/adapters/strimzi.ts'];
    expect(heavy.filter((file) => graph.has(file))).toEqual([]);
  });

  test('readers.ts registers the YAML and JavaScript readers with dynamic imports', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'src/scan/readers.ts'), 'utf8');
    expect(text).toMatch(/registerLazyReader\('yaml', async \(\) => \(await import\('\.\.\/model\/adapters\/yaml\.js'\)\)\.readYaml\)/);
    expect(text).toMatch(/registerLazyReader\('javascript', async \(\) => \(await import\('\.\.\/model\/adapters\/javascript\.js'\)\)\.readJavaScript\)/);
  });
});
