import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { normalizePath, pathWithin } from '../src/model/kafka/connect-providers.js';
import { isUnknownValue } from '../src/model/kafka/connect-worker.js';

/** Directories every local user may write to on a stock Linux host. */
const WORLD_WRITABLE = ['/tmp', '/var/tmp', '/dev/shm', '/var/crash'];

export default defineRule({
  id: 'connect-plugin-path-world-writable',
  title: 'Connect loads plugins from a directory any local user can write',
  severity: 'medium',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'local-user',
  posture: 'production',
  references: ['CWE-427', 'CWE-732', 'KIP-146', 'https://kafka.apache.org/documentation/#connectconfigs_plugin.path'],
  cwe: [427, 732],

  *check(doc) {
    const entry = doc.get('plugin.path');
    if (!entry || isUnknownValue(entry)) return;
    let offset = 0;
    for (const part of entry.value.split(',')) {
      const path = part.trim();
      const at = offset + part.indexOf(path);
      offset += part.length + 1;
      if (path === '') continue;
      const normalized = normalizePath(path);
      const root = WORLD_WRITABLE.find((candidate) => pathWithin(normalized, candidate));
      if (!root) continue;
      yield {
        entry,
        span: spanWithinValue(entry, at, path.length),
        message: `The plugin.path entry ${path} lies under the world-writable ${root}: any local user can drop a jar there that the worker loads and runs with its rights and credentials.`,
        discriminator: path,
      };
    }
  },
});
