import type { ConfigDocument } from './config-document.js';
import type { Role } from './roles.js';

/**
 * The documents of one scan. Rules use it to judge a document against its peers: a
 * connector against the workers that would run it.
 *
 * A connector belongs to the workers of the same `group` (a Strimzi cluster label, a
 * compose project) when it has one; otherwise to the workers in the same folder or an
 * ancestor folder, nearest first. When no worker is found the list is empty and rules
 * judge the connector by Kafka's defaults alone.
 */
export class Deployment {
  readonly documents: readonly ConfigDocument[];
  /** Built on first use: every connector asks, so a scan must not compare each one with every worker. */
  #workerIndex: WorkerIndex | undefined;

  constructor(documents: readonly ConfigDocument[]) {
    this.documents = documents;
  }

  withRole(role: Role): ConfigDocument[] {
    return this.documents.filter((doc) => doc.hasRole(role));
  }

  /**
   * The workers that would run `connector`: those of its group nearest in the folder tree
   * (names such as `my-connect-cluster` repeat across unrelated projects), else the
   * workers of the nearest folder at or above it.
   */
  workersFor(connector: ConfigDocument): ConfigDocument[] {
    const index = (this.#workerIndex ??= indexWorkers(this.withRole('worker')));
    const folder = dirname(connector.file);
    if (connector.group !== undefined) {
      const byShared = index.byGroup.get(connector.group);
      if (byShared) {
        // The group's workers sharing the most leading folders with the connector: the
        // deepest of the connector's folder prefixes that any of them lies under.
        const segments = folderSegments(folder);
        for (let depth = segments.length; depth >= 0; depth--) {
          const found = byShared.get(prefixKey(segments, depth));
          if (found) return [...found];
        }
      }
    }
    // The workers of the connector's own folder or the nearest folder above it (only
    // workers without a group when the connector has one).
    const byFolder = connector.group !== undefined ? index.ungroupedByFolder : index.byFolder;
    for (let ancestor = folder; ; ancestor = dirname(ancestor)) {
      const found = byFolder.get(ancestor);
      if (found) return [...found];
      if (ancestor === '') return [];
    }
  }
}

/** Workers in document order: by folder, and for each group by every leading-folder prefix they lie under. */
interface WorkerIndex {
  readonly byFolder: Map<string, ConfigDocument[]>;
  readonly ungroupedByFolder: Map<string, ConfigDocument[]>;
  readonly byGroup: Map<string, Map<string, ConfigDocument[]>>;
}

function indexWorkers(workers: readonly ConfigDocument[]): WorkerIndex {
  const index: WorkerIndex = { byFolder: new Map(), ungroupedByFolder: new Map(), byGroup: new Map() };
  const add = (map: Map<string, ConfigDocument[]>, key: string, worker: ConfigDocument): void => {
    const list = map.get(key);
    if (list) list.push(worker);
    else map.set(key, [worker]);
  };
  for (const worker of workers) {
    const folder = dirname(worker.file);
    add(index.byFolder, folder, worker);
    if (worker.group === undefined) {
      add(index.ungroupedByFolder, folder, worker);
      continue;
    }
    let byShared = index.byGroup.get(worker.group);
    if (!byShared) index.byGroup.set(worker.group, (byShared = new Map()));
    const segments = folderSegments(folder);
    for (let depth = 0; depth <= segments.length; depth++) add(byShared, prefixKey(segments, depth), worker);
  }
  return index;
}

/** A folder's names, as sharedDepth splits them: none for the current folder. */
function folderSegments(folder: string): string[] {
  return folder === '' ? [] : folder.split('/');
}

function prefixKey(segments: readonly string[], depth: number): string {
  return `${depth}\u0000${segments.slice(0, depth).join('/')}`;
}

function dirname(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}
