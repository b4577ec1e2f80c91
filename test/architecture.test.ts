import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from './helpers/fixtures.js';

/**
 * Layer boundaries (STYLE.md 2.2): parsers know no Kafka, rules touch no files and no
 * other rule, formatters decide nothing and read nothing. `import type` is allowed.
 */
const FORBIDDEN: { layer: string; forbidden: RegExp[]; why: string }[] = [
  { layer: 'src/parse', forbidden: [/^node:fs/, /^src\/model\/(?!location)/, /^rules\//, /^src\/report/, /^chalk$/], why: 'parsers know nothing of Kafka, files or output' },
  { layer: 'src/model', forbidden: [/^node:fs/, /^rules\//, /^src\/report/, /^src\/cli/, /^src\/scan/], why: 'the model is pure' },
  { layer: 'rules', forbidden: [/^node:/, /^yaml$/, /^@babel\//, /^chalk$/, /^commander$/, /^rules\/(?!index)/, /^src\/(cli|report|scan|discover|engine|threat-model|parse)\//], why: 'rules see documents, never files or output' },
  { layer: 'src/engine', forbidden: [/^node:fs/, /^src\/report/, /^src\/cli/, /^src\/scan/], why: 'the engine is pure' },
  { layer: 'src/threat-model', forbidden: [/^node:fs/, /^rules\//], why: 'the policy is given text' },
  { layer: 'src/report', forbidden: [/^node:fs/, /^src\/parse/, /^src\/discover/, /^commander$/], why: 'formatters only format' },
];

function sourceFiles(directory: string): string[] {
  return readdirSync(join(PROJECT_ROOT, directory), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(directory, name));
}

/** Value imports of a file, as project-relative paths for relative specifiers. */
function valueImports(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(?!type\b)[^'";]*?from\s+['"]([^'"]+)['"]/gm)) specifiers.push(match[2]!);
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]!);
  for (const match of text.matchAll(/require\)?\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]!);
  return specifiers.map((specifier) =>
    specifier.startsWith('.') ? relative(PROJECT_ROOT, resolve(dirname(join(PROJECT_ROOT, file)), specifier)).split('\\').join('/').replace(/\.js$/, '') : specifier,
  );
}

describe.each(FORBIDDEN)('$layer', ({ layer, forbidden, why }) => {
  test(`imports respect the layer (${why})`, () => {
    const violations: string[] = [];
    for (const file of sourceFiles(layer)) {
      if (layer === 'rules' && file === join('rules', 'index.ts')) continue;
      for (const target of valueImports(file)) {
        if (forbidden.some((pattern) => pattern.test(target))) violations.push(`${file} imports ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
