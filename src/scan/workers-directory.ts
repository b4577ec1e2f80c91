import { ConfigDocument } from '../model/config-document.js';
import { Deployment } from '../model/deployment.js';
import { ROLES, type Role } from '../model/roles.js';

/** Where a worker's document is: its file (by discovery index) and its place among that file's documents. */
export interface WorkerPlace {
  readonly fileIndex: number;
  readonly position: number;
}

/**
 * The Connect workers of a scan without their documents in memory: a Deployment over
 * stand-ins that carry only what placing a worker needs (file, group, roles), so the
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
  add(doc: ConfigDocument, place: WorkerPlace): void {
    const standIn = standInFor(doc, this.#unknown);
    this.#places.set(standIn, place);
    this.#standIns.push(standIn);
  }

  /** Where the documents of `connector`'s workers are, in Deployment.workersFor order. */
  workersFor(connector: ConfigDocument): WorkerPlace[] {
    this.#deployment ??= new Deployment(this.#standIns);
    return this.#deployment.workersFor(connector).map((standIn) => this.#places.get(standIn)!);
  }
}

/**
 * What a stand-in answers, captured from the document when it was read. No closure here
 * refers to the document (V8 would keep it alive with the closure), and strings are
 * copied (one sliced from the file's text would keep the whole text alive).
 */
function captured(doc: ConfigDocument): Record<string, unknown> {
  const roles = new Set<Role>();
  for (const role of ROLES) if (doc.hasRole(role)) roles.add(role);
  return { file: doc.file, group: copy(doc.group), roles: copy(doc.roles), role: doc.role, hasRole: hasRoleIn(roles) };
}

function hasRoleIn(roles: ReadonlySet<Role>): (role: Role) => boolean {
  return (role) => roles.has(role);
}

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function standInFor(doc: ConfigDocument, unknown: () => never): ConfigDocument {
  const known = captured(doc);
  // The prototype keeps `instanceof ConfigDocument` true.
  return new Proxy(Object.create(ConfigDocument.prototype) as ConfigDocument, {
    get(_target, property) {
      if (typeof property === 'string' && Object.hasOwn(known, property)) return known[property];
      return unknown();
    },
  });
}
