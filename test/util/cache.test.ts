import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rememberUsableCacheDirectory, usableCacheDirectory } from '../../src/util/cache.js';

describe('usableCacheDirectory (src/util/cache.ts)', () => {
  test('what the launcher checked is taken as is, for the same environment and working folder only', () => {
    const top = mkdtempSync(join(tmpdir(), 'connect-audit-cache-unit-'));
    try {
      const cwd = join(top, 'repo');
      mkdirSync(cwd);
      const env = { CONNECT_AUDIT_CACHE_DIR: join(top, 'cache') };
      // The launcher found the folder unusable: the policy cache does not check it again, nor create it.
      rememberUsableCacheDirectory(undefined, env, cwd);
      expect(usableCacheDirectory(env, cwd)).toBeUndefined();
      // Another folder than the environment names is not taken on the launcher's word.
      const other = { CONNECT_AUDIT_CACHE_DIR: join(top, 'other') };
      rememberUsableCacheDirectory(join(top, 'cache'), other, cwd);
      expect(usableCacheDirectory(other, cwd)).toBe(join(top, 'other')); // checked (and created) here
      // Turned off: nothing to remember.
      rememberUsableCacheDirectory(join(top, 'cache'), { CONNECT_AUDIT_NO_CACHE: '1' }, cwd);
      expect(usableCacheDirectory({ CONNECT_AUDIT_NO_CACHE: '1' }, cwd)).toBeUndefined();
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});
