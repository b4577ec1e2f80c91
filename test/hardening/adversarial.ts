/**
 * Adversarial variants of the rule fixtures: every value of every fixture with a long run
 * of one adversarial unit appended (the value's own prefix keeps the rule on its deep
 * path, e.g. `SASL_SSL://` then 10,000 `:`), and for .properties files also the value
 * replaced by the run and keys made of it.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isPair, isScalar, parseAllDocuments, visit } from 'yaml';
import { sniffKind } from '../../src/discover/sniff.js';
import { parseProperties } from '../../src/parse/properties.js';
import { buildDocuments, type InputKind } from '../../src/model/build.js';
import type { ConfigDocument } from '../../src/model/config-document.js';
import { registerReaders } from '../../src/scan/readers.js';
import { NEWEST_KAFKA_VERSION } from '../../src/util/version.js';
import { filesBelow, PROJECT_ROOT, RULE_FIXTURES } from '../helpers/fixtures.js';

/** Units whose long runs make backtracking regexes and naive scanners blow up. */
export const ADVERSARIAL_UNITS = ['${', '://', '=', '\\', '"', "'", 'a:', ' ', '\t', ',', ';', '.', 'a', '0', '-', '/', '{', '}', '[', '@', '%', 'a=', 'a.', ':a', '${a:', '/*', '\\u'] as const;

export interface FixtureFile {
  readonly file: string;
  readonly kind: InputKind;
  readonly text: string;
}

/** The fixture files of one rule (fires and silent), with the kind the sniffer gives them. */
export function ruleFixtureFiles(ruleId: string): FixtureFile[] {
  const out: FixtureFile[] = [];
  for (const path of filesBelow(join(RULE_FIXTURES, ruleId))) {
    const text = readFileSync(path, path.endsWith('.properties') ? 'latin1' : 'utf8');
    const kind = sniffKind(basename(path), text);
    if (kind && kind !== 'javascript') out.push({ file: relative(PROJECT_ROOT, path).split('\\').join('/'), kind, text });
  }
  return out;
}

/** `files` with `run` appended to every value (and, for .properties, variants made of it), as documents. */
export async function adversarialDocuments(files: readonly FixtureFile[], run: string): Promise<ConfigDocument[]> {
  registerReaders();
  const documents: ConfigDocument[] = [];
  for (const source of files) {
    for (const [variant, text] of variants(source, run)) {
      const built = await buildDocuments({ file: source.file.replace('/fixtures/rules/', `/fixtures/rules-${variant}/`), kind: source.kind, text }, NEWEST_KAFKA_VERSION);
      documents.push(...built.documents);
    }
  }
  return documents;
}

function variants(source: FixtureFile, run: string): [string, string][] {
  switch (source.kind) {
    case 'properties': {
      const parsed = parseProperties(source.text);
      if (!parsed.ok) return [];
      const entries = parsed.value.entries;
      const appended = entries.map((entry) => `${escapeKey(entry.key)}=${escapeValue(entry.value + run)}`);
      const replaced = entries.map((entry) => `${escapeKey(entry.key)}=${escapeValue(run)}`);
      const keys = [`${escapeKey(run)}=x`, `listener.name.${escapeKey(run)}.ssl.client.auth=required`, `producer.override.${escapeKey(run)}=x`, `${escapeKey(run)}.sasl.jaas.config=x`];
      return [
        ['append', appended.join('\n')],
        ['replace', [...replaced, ...keys].join('\n')],
      ];
    }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(source.text);
      } catch {
        return [];
      }
      return [['append', JSON.stringify(mapStrings(value, (text) => text + run))]];
    }
    case 'yaml': {
      const documents = parseAllDocuments(source.text);
      if (!Array.isArray(documents)) return [];
      for (const document of documents) {
        visit(document, {
          Pair(_, pair) {
            if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) return;
            if (['apiVersion', 'kind'].includes(String(pair.key.value))) return;
            if (typeof pair.value.value === 'string') pair.value.value += run;
          },
        });
      }
      return [['append', documents.map((document) => document.toString({ lineWidth: 0 })).join('')]];
    }
    case 'jaas':
      return [['append', source.text.replace(/"((?:[^"\\]|\\.)*)"/g, (_, body: string) => `"${body}${run.replace(/[\\"]/g, '\\$&')}"`)]];
    default:
      return [];
  }
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  return value;
}

/** A .properties key that java.util.Properties reads back as `key`. */
function escapeKey(key: string): string {
  return escapeValue(key).replace(/[=: \t\f#!]/g, '\\$&');
}

/** A .properties value that java.util.Properties (Latin-1) reads back as `value`. */
function escapeValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 92) out += '\\\\';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 12) out += '\\f';
    else if (c < 0x20 || c > 0xff) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (i === 0 && (c === 32 || c === 35 || c === 33)) out += `\\${value[i]}`;
    else out += value[i];
  }
  return out;
}
