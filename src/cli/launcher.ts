#!/usr/bin/env node
/**
 * bin/connect-audit.cjs, the command users, the pre-commit hook and the GitHub Action run:
 * it loads the CLI bundle beside it (bin/connect-audit-core.cjs) with V8's compiled code
 * from the previous run, and calls its main(). Compiling the 670 KiB bundle and then each
 * function as it is first called is a third of a one-file scan (docs/performance.md); with
 * the code a run leaves in connect-audit's cache (src/util/cache.ts), the next one skips it.
 * Node ≥ 22.1 has this built in (module.enableCompileCache); Node 20 gets it from node:vm,
 * as Node's own CommonJS loader compiles a module, plus the cached data.
 *
 * Only the bundle, named here, is compiled: never anything from a scanned file. V8 refuses
 * cached code made by another V8, with other flags or for a source of another length; the
 * entry's name also carries the bundle's build id and the Node version. Bundled by
 * scripts/bundle.mjs, which defines __CONNECT_AUDIT_BUILD__.
 */
import { readFileSync } from 'node:fs';
import * as Module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { cacheDirectory, readCacheEntry, writeCacheEntry } from '../util/cache.js';

declare const __CONNECT_AUDIT_BUILD__: string;

interface Core {
  main(): void;
}

type ModuleWrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

const CORE = join(dirname(fileURLToPath(import.meta.url)), 'connect-audit-core.cjs');

function loadCore(directory: string | undefined): Core {
  const enableCompileCache = (Module as { enableCompileCache?: (directory?: string) => unknown }).enableCompileCache;
  if (directory === undefined || typeof enableCompileCache === 'function') {
    if (directory !== undefined) enableCompileCache?.(directory);
    return Module.createRequire(CORE)(CORE) as Core;
  }
  return loadWithCodeCache(directory);
}

function loadWithCodeCache(directory: string): Core {
  const entry = `v8-${__CONNECT_AUDIT_BUILD__}-${process.version}-${process.arch}.bin`;
  const cached = readCacheEntry(directory, entry);
  const script = new Script(Module.wrap(readFileSync(CORE, 'utf8')), { filename: CORE, ...(cached ? { cachedData: cached } : {}) });
  const module = { exports: {} };
  (script.runInThisContext() as ModuleWrapper).call(module.exports, module.exports, Module.createRequire(CORE), module, CORE, dirname(CORE));
  if (cached === undefined || script.cachedDataRejected === true) {
    // Written at exit, so that it holds every function this run compiled, not only the top
    // level; not when the run changed V8's flags (a big scan does): V8 would refuse it.
    const { cachedDataVersionTag } = Module.createRequire(CORE)('node:v8') as typeof import('node:v8');
    const tag = cachedDataVersionTag();
    process.once('exit', () => {
      if (cachedDataVersionTag() === tag) writeCacheEntry(directory, entry, script.createCachedData());
    });
  }
  return module.exports as Core;
}

loadCore(cacheDirectory(process.env)).main();
