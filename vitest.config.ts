import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The CLIs the tests start keep their cache (src/util/cache.ts) here, not in the user's ~/.cache.
    env: { CONNECT_AUDIT_CACHE_DIR: join(tmpdir(), 'connect-audit-test-cache') },
  },
});
