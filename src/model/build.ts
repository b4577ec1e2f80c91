import { parseJson } from '../parse/json.js';
import { parseProperties } from '../parse/properties.js';
import type { SourceError } from '../parse/result.js';
import type { KafkaVersion } from '../util/version.js';
import { ConfigDocument } from './config-document.js';
import { connectorJsonToDrafts } from './adapters/connector-json.js';
import type { DocumentDraft } from './adapters/draft.js';
import { propertiesToDraft } from './adapters/properties.js';

/** The syntaxes connect-audit reads; discovery decides which one a file is. */
export type InputKind = 'properties' | 'json' | 'yaml' | 'jaas' | 'javascript';

export interface SourceText {
  /** `/`-separated path relative to the current directory. */
  readonly file: string;
  readonly kind: InputKind;
  readonly text: string;
}

export interface BuildResult {
  readonly documents: ConfigDocument[];
  /** At most one: a file that cannot be parsed yields no documents. */
  readonly error?: SourceError;
}

/** Adapters for syntaxes loaded on demand (YAML pulls in the `yaml` package). */
export type DraftReader = (source: SourceText) => { drafts: DocumentDraft[]; error?: SourceError };

const lazyReaders: Partial<Record<InputKind, () => Promise<DraftReader>>> = {};

/** Registers the reader of a syntax whose code is loaded only when a file needs it. */
export function registerLazyReader(kind: InputKind, load: () => Promise<DraftReader>): void {
  lazyReaders[kind] = load;
}

const loadedReaders = new Map<InputKind, DraftReader>();

/** Parses one file into ConfigDocuments; a file that is not a Kafka config yields none. */
export async function buildDocuments(source: SourceText, targetVersion: KafkaVersion): Promise<BuildResult> {
  const read = await readerFor(source.kind);
  const { drafts, error } = read(source);
  if (error) return { documents: [], error };
  const documents = drafts.map(
    (draft) =>
      new ConfigDocument({
        file: source.file,
        format: draft.format,
        roles: draft.roles,
        entries: draft.entries,
        kafkaVersion: draft.kafkaVersion ?? targetVersion,
        kafkaVersionFromInput: draft.kafkaVersion !== undefined,
        ...(draft.kafkaVersion !== undefined && draft.kafkaVersionSource !== undefined ? { kafkaVersionSource: draft.kafkaVersionSource } : {}),
        ...(draft.name !== undefined ? { name: draft.name } : {}),
        ...(draft.group !== undefined ? { group: draft.group } : {}),
        ...(draft.notes ? { notes: draft.notes } : {}),
        ...(draft.comments ? { comments: draft.comments } : {}),
      }),
  );
  return { documents };
}

async function readerFor(kind: InputKind): Promise<DraftReader> {
  if (kind === 'properties') return readProperties;
  if (kind === 'json') return readJson;
  let reader = loadedReaders.get(kind);
  if (!reader) {
    const load = lazyReaders[kind];
    if (!load) return () => ({ drafts: [] });
    reader = await load();
    loadedReaders.set(kind, reader);
  }
  return reader;
}

const readProperties: DraftReader = (source) => {
  const parsed = parseProperties(source.text);
  if (!parsed.ok) return { drafts: [], error: parsed.error };
  const draft = propertiesToDraft(source.file, parsed.value);
  return { drafts: draft ? [draft] : [] };
};

const readJson: DraftReader = (source) => {
  const parsed = parseJson(source.text);
  if (!parsed.ok) return { drafts: [], error: parsed.error };
  return { drafts: connectorJsonToDrafts(parsed.value) };
};
