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

  /** The workers that would run `connector`, nearest first. */
  workersFor(connector: ConfigDocument): ConfigDocument[] {
    const workers = this.withRole('worker');
    if (connector.group !== undefined) {
      const grouped = workers.filter((worker) => worker.group === connector.group);
      if (grouped.length > 0) return grouped;
    }
    const ranked: { worker: ConfigDocument; distance: number }[] = [];
    for (const worker of workers) {
      if (worker.group !== undefined && connector.group !== undefined) continue;
      const distance = folderDistance(dirname(connector.file), dirname(worker.file));
      if (distance !== undefined) ranked.push({ worker, distance });
    }
    ranked.sort((a, b) => a.distance - b.distance);
    const nearest = ranked[0]?.distance;
    return ranked.filter((item) => item.distance === nearest).map((item) => item.worker);
  }
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
