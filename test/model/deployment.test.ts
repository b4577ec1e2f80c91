import { describe, expect, test } from 'vitest';
import { ConfigDocument } from '../../src/model/config-document.js';
import { Deployment } from '../../src/model/deployment.js';
import type { Role } from '../../src/model/roles.js';
import { NEWEST_KAFKA_VERSION } from '../../src/util/version.js';

/**
 * Deployment.workersFor answers from an index (a scan of 16,000 connectors must not
 * compare each with every worker). This is the plain definition it must agree with:
 * the group's workers sharing the most leading folders with the connector, else the
 * workers of the nearest folder at or above the connector's (ungrouped ones only when
 * the connector has a group).
 */
function workersByDefinition(documents: readonly ConfigDocument[], connector: ConfigDocument): ConfigDocument[] {
  const workers = documents.filter((doc) => doc.hasRole('worker'));
  const folder = dirname(connector.file);
  if (connector.group !== undefined) {
    const grouped = workers.filter((worker) => worker.group === connector.group);
    if (grouped.length > 0) {
      const shared = grouped.map((worker) => sharedDepth(folder, dirname(worker.file)));
      return grouped.filter((_, index) => shared[index] === Math.max(...shared));
    }
  }
  const ranked = workers.flatMap((worker) => {
    if (worker.group !== undefined && connector.group !== undefined) return [];
    const distance = folderDistance(folder, dirname(worker.file));
    return distance === undefined ? [] : [{ worker, distance }];
  });
  const best = Math.min(...ranked.map((item) => item.distance));
  return ranked.filter((item) => item.distance === best).map((item) => item.worker);
}

function dirname(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '' : file.slice(0, slash);
}

function sharedDepth(a: string, b: string): number {
  const left = a === '' ? [] : a.split('/');
  const right = b === '' ? [] : b.split('/');
  let depth = 0;
  while (depth < left.length && depth < right.length && left[depth] === right[depth]) depth++;
  return depth;
}

function folderDistance(from: string, ancestor: string): number | undefined {
  if (ancestor === from) return 0;
  const prefix = ancestor === '' ? '' : `${ancestor}/`;
  if (!from.startsWith(prefix)) return undefined;
  return from.slice(prefix.length).split('/').length;
}

function doc(file: string, roles: Role[], group?: string): ConfigDocument {
  return new ConfigDocument({ file, format: 'properties', roles, entries: [], kafkaVersion: NEWEST_KAFKA_VERSION, ...(group !== undefined ? { group } : {}) });
}

/** A seeded generator, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Deployment.workersFor', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with the definition on a random tree (seed %i)', (seed) => {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const folders = ['', 'a', 'a/b', 'a/b/c', 'a/bc', 'ab', 'x/y', 'x', '../up', '../up/a', 'a/b/c/d'];
    const documents: ConfigDocument[] = [];
    for (let i = 0; i < 60; i++) {
      const folder = pick(folders);
      const file = `${folder === '' ? '' : `${folder}/`}f${i}.${next() < 0.5 ? 'properties' : 'json'}`;
      const roles: Role[] = next() < 0.4 ? ['worker'] : next() < 0.8 ? ['connector'] : ['broker'];
      // g4 has connectors but no worker: such a connector falls back to the folder rule.
      const groups = roles[0] === 'worker' ? ['g1', 'g2', 'g3'] : ['g1', 'g2', 'g3', 'g4'];
      documents.push(doc(file, roles, next() < 0.4 ? pick(groups) : undefined));
    }
    const deployment = new Deployment(documents);
    for (const connector of documents.filter((candidate) => candidate.hasRole('connector'))) {
      const expected = workersByDefinition(documents, connector).map((worker) => worker.file);
      expect(deployment.workersFor(connector).map((worker) => worker.file), connector.file).toEqual(expected);
      // asked again (every connector rule asks): the same answer
      expect(deployment.workersFor(connector).map((worker) => worker.file)).toEqual(expected);
    }
  });
});
