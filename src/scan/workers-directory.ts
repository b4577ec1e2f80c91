import { ConfigDocument } from '../model/config-document.js';
import { Deployment } from '../model/deployment.js';
import type { Role } from '../model/roles.js';
import type { WorkerSketch } from './pass-one.js';

/** Where a worker's document is: its file (by discovery index) and its place among that file's documents. */
export interface WorkerPlace {
  readonly fileIndex: number;
  readonly position: number;
}

/**
 * The Connect workers of a scan without their documents in memory: a Deployment over
 * stand-ins that carry only what placing a worker needs (file, group, roles: a
 * WorkerSketch, which a worker thread can send), so the
 * workers of any connector are known, and only those documents are built (by the scan,
 * from their files) before the connector's rules run. A stand-in asked for anything else
 * calls `unknown`, which throws: the scan then holds every document after all.
 */
export class WorkersDirectory {
  readonly #standIns: ConfigDocument[] = [];
  readonly #places = new Map<object, WorkerPlace>();
  readonly #unknown: () => never;
  #deployment: Deployment | undefined;

  constructor(unknown: () => never) {
    this.#unknown = unknown;
  }

  /** Records a worker as its file is read (in document order); its document is not kept. */
  add(sketch: WorkerSketch, fileIndex: number): void {
    const standIn = standInFor(sketch, this.#unknown);
    this.#places.set(standIn, { fileIndex, position: sketch.position });
    this.#standIns.push(standIn);
  }

  /** Where the documents of `connector`'s workers are, in Deployment.workersFor order. */
  workersFor(connector: ConfigDocument): WorkerPlace[] {
    this.#deployment ??= new Deployment(this.#standIns);
    return this.#deployment.workersFor(connector).map((standIn) => this.#places.get(standIn)!);
  }
}

/** What a stand-in answers: what Deployment.workersFor asks of a worker. */
function answers(sketch: WorkerSketch): Record<string, unknown> {
  const roles = sketch.roles;
  return { file: sketch.file, group: sketch.group, roles, role: roles[0] ?? 'client', hasRole: (role: Role) => roles.includes(role) };
}

function standInFor(sketch: WorkerSketch, unknown: () => never): ConfigDocument {
  const known = answers(sketch);
  // The prototype keeps `instanceof ConfigDocument` true.
  return new Proxy(Object.create(ConfigDocument.prototype) as ConfigDocument, {
    get(_target, property) {
      if (typeof property === 'string' && Object.hasOwn(known, property)) return known[property];
      return unknown();
    },
  });
}
