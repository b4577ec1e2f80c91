import { readFileSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CLASSIFICATIONS } from '../../src/engine/finding.js';

/** What a fixture says about one line: this rule fires here with this class, or does not. */
export interface Expectation {
  readonly kind: 'expect' | 'ok' | 'todo-expect';
  readonly ruleId: string;
  readonly classification?: string;
  readonly message?: string;
  /** 1-based line of the entry the annotation stands above (1 for expect-file). */
  readonly line: number;
  readonly file: string;
}

const ANNOTATION = /^\s*#\s*(expect|ok|todo-expect|expect-file):\s*([a-z0-9-]+)(?:\s+(VALID|BY-DESIGN|OUT-OF-MODEL))?(?:\s+"([^"]*)")?\s*$/;

/**
 * Reads the annotations of a fixture: `# expect: RULE CLASS "message"` comments on the
 * line above an entry (properties, YAML), or a `<name>.expect.yaml` sidecar for JSON.
 * The annotations are checked themselves, so a fixture cannot pass by saying nothing.
 */
export function readExpectations(file: string, displayPath: string): Expectation[] {
  if (file.endsWith('.json')) return readSidecar(file, displayPath);
  const lines = readFileSync(file, 'latin1').split(/\r\n|\r|\n/);
  const out: Expectation[] = [];
  const pending: Omit<Expectation, 'line'>[] = [];
  lines.forEach((text, index) => {
    const match = ANNOTATION.exec(text);
    if (match) {
      const [, kind, ruleId, classification, message] = match;
      if (kind === 'expect-file') {
        out.push(validated({ kind: 'expect', ruleId: ruleId!, classification, message, line: 1, file: displayPath }));
      } else {
        pending.push({ kind: kind as Expectation['kind'], ruleId: ruleId!, classification, message, file: displayPath });
      }
      return;
    }
    if (/^\s*#\s*(expect|ok|todo-expect|expect-file)\b/.test(text)) throw new Error(`${displayPath}:${index + 1}: malformed annotation`);
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) return;
    for (const annotation of pending.splice(0)) out.push(validated({ ...annotation, line: index + 1 }));
  });
  if (pending.length > 0) throw new Error(`${displayPath}: annotation at the end of the file has no entry after it`);
  return out;
}

function validated(expectation: Expectation): Expectation {
  if (expectation.kind !== 'ok' && (!expectation.classification || !(CLASSIFICATIONS as readonly string[]).includes(expectation.classification))) {
    throw new Error(`${expectation.file}:${expectation.line}: ${expectation.kind} needs a classification`);
  }
  return expectation;
}

interface SidecarItem {
  expect?: string;
  ok?: string;
  'todo-expect'?: string;
  class?: string;
  key: string;
  message?: string;
  line?: number;
}

/** JSON has no comments: `x.json` is described by `x.expect.yaml`, located by text search for the key. */
function readSidecar(file: string, displayPath: string): Expectation[] {
  const sidecar = file.replace(/\.json$/, '.expect.yaml');
  if (!existsSync(sidecar)) return [];
  const items = parseYaml(readFileSync(sidecar, 'utf8')) as SidecarItem[] | null;
  const lines = readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
  return (items ?? []).map((item) => {
    const kind = item.expect ? 'expect' : item['todo-expect'] ? 'todo-expect' : 'ok';
    const ruleId = item.expect ?? item['todo-expect'] ?? item.ok;
    if (!ruleId) throw new Error(`${sidecar}: an item names no rule`);
    let line = item.line;
    if (line === undefined) {
      const needle = `"${item.key}"`;
      const hits = lines.flatMap((text, index) => (new RegExp(`${escapeRegex(needle)}\\s*:`).test(text) ? [index + 1] : []));
      if (hits.length !== 1) throw new Error(`${sidecar}: key ${item.key} found ${hits.length} times; add line:`);
      line = hits[0]!;
    }
    return validated({ kind, ruleId, classification: item.class, message: item.message, line, file: displayPath });
  });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
