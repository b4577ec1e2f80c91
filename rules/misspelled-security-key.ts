import { defineRule } from '../src/rule-kit/index.js';
import { NEAR_MISS_REAL_KEYS, SECURITY_KEYS, withinOneEdit } from '../src/model/kafka/security-keys.js';

const KNOWN = new Set(SECURITY_KEYS);
/** Prefixes that route a key to a listener, a connector's clients or the worker's clients. */
const PREFIXES = [/^listener\.name\.[^.]+\.[a-z0-9-]+\./, /^listener\.name\.[^.]+\./, /^(?:producer|consumer|admin)\.override\./, /^(?:producer|consumer|admin)\./, /^/];

/**
 * A key split at each prefix that routes it, the key itself with no prefix last. Most keys
 * have none of them: they are not run through the expressions (V8 compiles each to machine
 * code on its second use, a cost a one-file run pays).
 */
function splitsOf(key: string): { prefix: string; key: string }[] {
  if (!key.startsWith('listener.name.') && !key.startsWith('producer.') && !key.startsWith('consumer.') && !key.startsWith('admin.')) return [{ prefix: '', key }];
  return PREFIXES.flatMap((pattern) => {
    const prefix = pattern.exec(key)?.[0];
    return prefix === undefined ? [] : [{ prefix, key: key.slice(prefix.length) }];
  });
}

export default defineRule({
  id: 'misspelled-security-key',
  title: 'A misspelt security setting is ignored and its default applies',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller', 'worker', 'connector', 'client'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-1188', 'https://kafka.apache.org/documentation/#configuration'],
  cwe: [1188],

  *check(doc) {
    // librdkafka (JavaScript clients) has its own key names; only Java configs are judged.
    if (doc.format === 'javascript') return;
    for (const entry of doc.effectiveEntries()) {
      const splits = splitsOf(entry.key);
      if (splits.some(({ key }) => KNOWN.has(key) || NEAR_MISS_REAL_KEYS.has(key))) continue;
      const match = splits
        .filter(({ key }) => key.length >= 8)
        .map(({ prefix, key }) => ({ prefix, intended: SECURITY_KEYS.find((candidate) => withinOneEdit(key, candidate)) }))
        .find(({ intended }) => intended !== undefined);
      if (!match) continue;
      yield {
        entry,
        message: `Key ${entry.key} is not a Kafka setting; ${match.prefix}${match.intended} was probably meant, and it silently keeps its default.`,
      };
    }
  },
});
