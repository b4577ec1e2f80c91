import { readYaml } from '../../src/model/adapters/yaml.js';
import { readJavaScript } from '../../src/model/adapters/javascript.js';
import type { DocumentDraft } from '../../src/model/adapters/draft.js';
import type { Entry } from '../../src/model/entry.js';

/** The drafts the YAML reader makes of an inline file; throws on a parse error. */
export function yamlDrafts(text: string, file = 'docker-compose.yml'): DocumentDraft[] {
  const result = readYaml({ file, kind: 'yaml', text });
  if (result.error) throw new Error(`parse error ${JSON.stringify(result.error)}`);
  return result.drafts;
}

export function jsDrafts(text: string, file = 'client.js'): DocumentDraft[] {
  const result = readJavaScript({ file, kind: 'javascript', text });
  if (result.error) throw new Error(`parse error ${JSON.stringify(result.error)}`);
  return result.drafts;
}

/** The draft named `name` (a compose service, a resource name). */
export function draftNamed(drafts: readonly DocumentDraft[], name: string): DocumentDraft {
  const draft = drafts.find((candidate) => candidate.name === name);
  if (!draft) throw new Error(`no draft named ${name}; have ${drafts.map((candidate) => candidate.name).join(', ')}`);
  return draft;
}

/** The winning entry for `key` (the last one). */
export function entryOf(draft: DocumentDraft, key: string): Entry {
  const entry = [...draft.entries].reverse().find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`no entry ${key}; have ${draft.entries.map((candidate) => candidate.key).join(', ')}`);
  return entry;
}

/** `[key, value, line, column]` of an entry: what the tests pin exactly. */
export function at(entry: Entry): [string, string, number, number] {
  return [entry.key, entry.value, entry.span.line, entry.span.column];
}

export function keysOf(draft: DocumentDraft): string[] {
  return draft.entries.map((entry) => entry.key);
}
