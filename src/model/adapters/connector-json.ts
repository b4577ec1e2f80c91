import type { JsonMember, JsonNode } from '../../parse/json.js';
import { createEntry, type Entry } from '../entry.js';
import type { DocumentDraft } from './draft.js';

/**
 * Connector JSON in the shapes the Connect REST API takes: `{"name", "config": {…}}`
 * (POST /connectors), the flat map (PUT /connectors/{name}/config), and a list of either.
 * Returns [] for JSON that is not a connector config (package.json, schemas, …).
 */
export function connectorJsonToDrafts(root: JsonNode): DocumentDraft[] {
  if (root.kind === 'array') return root.items.flatMap((item) => connectorJsonToDrafts(item));
  if (root.kind !== 'object') return [];
  const config = root.members.find((member) => member.key === 'config');
  const name = root.members.find((member) => member.key === 'name');
  if (config?.value.kind === 'object' && hasConnectorClass(config.value.members)) {
    return [draftOf(config.value.members, name?.value.kind === 'string' ? name.value.value : undefined)];
  }
  if (hasConnectorClass(root.members)) {
    const ownName = root.members.find((member) => member.key === 'name');
    return [draftOf(root.members, ownName?.value.kind === 'string' ? ownName.value.value : undefined)];
  }
  return [];
}

function hasConnectorClass(members: readonly JsonMember[]): boolean {
  return members.some((member) => member.key === 'connector.class');
}

function draftOf(members: readonly JsonMember[], name: string | undefined): DocumentDraft {
  const entries: Entry[] = [];
  for (const member of members) {
    const value = scalarText(member.value);
    if (value === undefined) continue;
    entries.push(
      createEntry({
        key: member.key,
        value,
        span: { line: member.keySpan.line, column: member.keySpan.column, endLine: member.value.span.endLine, endColumn: member.value.span.endColumn },
        valueSpan: member.value.span,
      }),
    );
  }
  return { format: 'json', roles: ['connector'], entries, ...(name !== undefined ? { name } : {}) };
}

/** Connect reads config values as strings; Jackson turns numbers and booleans into their text. */
function scalarText(node: JsonNode): string | undefined {
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'number':
      return node.raw;
    case 'boolean':
      return String(node.value);
    default:
      return undefined;
  }
}
