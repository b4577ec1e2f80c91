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
    const workers = this.withRole('worker');
    const folder = dirname(connector.file);
    if (connector.group !== undefined) {
      const grouped = workers.filter((worker) => worker.group === connector.group);
      if (grouped.length > 0) return nearest(grouped, (worker) => -sharedDepth(folder, dirname(worker.file)));
    }
    const ranked = workers.flatMap((worker) => {
      if (worker.group !== undefined && connector.group !== undefined) return [];
      const distance = folderDistance(folder, dirname(worker.file));
      return distance === undefined ? [] : [{ worker, distance }];
    });
    const distances = new Map(ranked.map((item) => [item.worker, item.distance]));
    return nearest([...distances.keys()], (worker) => distances.get(worker)!);
  }
}

/** The items with the lowest rank. */
function nearest<T>(items: readonly T[], rank: (item: T) => number): T[] {
  const ranks = items.map(rank);
  const best = Math.min(...ranks);
  return items.filter((_, index) => ranks[index] === best);
}

/** How many leading folders two folders share. */
function sharedDepth(a: string, b: string): number {
  const left = a === '' ? [] : a.split('/');
  const right = b === '' ? [] : b.split('/');
  let depth = 0;
  while (depth < left.length && depth < right.length && left[depth] === right[depth]) depth++;
  return depth;
}

function dirname(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

/** How many folders up from `from` one must go to reach `ancestor`, or undefined if it is not one. */
function folderDistance(from: string, ancestor: string): number | undefined {
  if (ancestor === from) return 0;
  const prefix = ancestor === '' ? '' : `${ancestor}/`;
  if (!from.startsWith(prefix)) return undefined;
  return from.slice(prefix.length).split('/').length;
}
