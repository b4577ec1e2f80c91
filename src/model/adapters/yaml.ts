import { parseYaml, type YamlMap, type YamlNode } from '../../parse/yaml.js';
import type { SourceText, DraftReader } from '../build.js';
import type { SourceComment } from '../config-document.js';
import type { Entry } from '../entry.js';
import { cfkToDrafts } from './cfk.js';
import { composeToDrafts, isComposeFile } from './compose.js';
import type { DocumentDraft } from './draft.js';
import { helmToDrafts, isHelmValues } from './helm.js';
import { strimziToDrafts } from './strimzi.js';
import { mapGet, pairEntry, textAt, textOf } from './yaml-nodes.js';

/**
 * The YAML reader: parses every document of the file and hands each to the adapter of
 * its shape — Strimzi (`apiVersion: kafka.strimzi.io/…`), Confluent for Kubernetes
 * (`platform.confluent.io/…`), docker-compose (`services:`), Helm values of the Kafka
 * charts, or a connector config written as YAML (including JSON saved as `.yaml`). A YAML
 * file of any other shape yields no documents. Loaded lazily (src/scan/readers.ts).
 */
export const readYaml: DraftReader = (source: SourceText) => {
  const parsed = parseYaml(source.text);
  // A Helm or Jinja template is not YAML until rendered; it is not read (docs/inputs.md).
  if (!parsed.ok) return TEMPLATE_MARKER.test(source.text) ? { drafts: [] } : { drafts: [], error: parsed.error };
  const comments: SourceComment[] = parsed.value.comments.map((comment) => ({ line: comment.line, text: comment.text }));
  const strimzi: YamlMap[] = [];
  const cfk: YamlMap[] = [];
  const drafts: DocumentDraft[] = [];
  for (const document of parsed.value.documents) {
    const root = document.root;
    if (!root) continue;
    const apiVersion = root.kind === 'map' ? textAt(root, ['apiVersion']) : undefined;
    if (root.kind === 'map' && apiVersion?.startsWith('kafka.strimzi.io/')) strimzi.push(root);
    else if (root.kind === 'map' && apiVersion !== undefined && /(^|\.)platform\.confluent\.io\//.test(apiVersion)) cfk.push(root);
    else if (root.kind === 'map' && apiVersion === undefined && isComposeFile(root, source.file)) drafts.push(...composeToDrafts(root, source.file));
    else if (root.kind === 'map' && apiVersion === undefined && isHelmValues(root)) drafts.push(...helmToDrafts(root, source.file));
    else if (apiVersion === undefined) drafts.push(...connectorYamlDrafts(root));
  }
  drafts.unshift(...strimziToDrafts(strimzi), ...cfkToDrafts(cfk));
  return { drafts: drafts.map((draft) => ({ ...draft, comments })) };
};

/** `{{ .Values.x }}`, `{{- if … }}` (Go templates), `{% … %}` / `{{ var }}` (Jinja). */
const TEMPLATE_MARKER = /\{\{-?\s*[.$A-Za-z_(]|\{%-?\s*\w/;

/**
 * A connector config written as YAML, or JSON saved with a `.yaml` name: the
 * `{name, config: {…}}` shape of `POST /connectors`, the flat map of
 * `PUT /connectors/{name}/config`, or a list of either.
 */
function connectorYamlDrafts(root: YamlNode): DocumentDraft[] {
  if (root.kind === 'seq') return root.items.flatMap((item) => connectorYamlDrafts(item));
  if (root.kind !== 'map') return [];
  const config = mapGet(root, 'config')?.value;
  const members = config?.kind === 'map' && mapGet(config, 'connector.class') ? config : mapGet(root, 'connector.class') ? root : undefined;
  if (!members) return [];
  const entries = members.pairs.map((pair) => pairEntry(pair)).filter((entry): entry is Entry => entry !== undefined);
  const name = textOf(mapGet(root, 'name')?.value);
  return [{ format: 'yaml', roles: ['connector'], entries, ...(name !== undefined ? { name } : {}) }];
}
