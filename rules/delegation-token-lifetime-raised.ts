import { defineRule } from '../src/rule-kit/index.js';
import { parseNumber } from '../src/model/kafka/broker-limits.js';
import { isAtLeast } from '../src/util/version.js';
import type { ConfigDocument } from '../src/model/config-document.js';
import { isUnknown } from '../src/model/kafka/broker-listeners.js';

const LIMITS = [
  { key: 'delegation.token.max.lifetime.ms', default: 604800000, what: 'a token can be renewed for' },
  { key: 'delegation.token.expiry.time.ms', default: 86400000, what: 'a token stays valid without renewal for' },
] as const;

export default defineRule({
  id: 'delegation-token-lifetime-raised',
  title: 'Delegation tokens stay valid longer than the defaults',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'authenticated-client',
  posture: 'hardened',
  references: ['KIP-48', 'CWE-613', 'https://kafka.apache.org/documentation/#security_delegation_token'],
  cwe: [613],

  *check(doc) {
    if (!tokensEnabled(doc)) return;
    for (const limit of LIMITS) {
      const entry = doc.get(limit.key);
      const value = parseNumber(entry?.value);
      if (!entry || isUnknown(entry) || value === undefined || value <= limit.default) continue;
      yield {
        entry,
        message: `The ${limit.key} setting means ${limit.what} ${formatDuration(value)} (default ${formatDuration(limit.default)}): a stolen token is useful that much longer.`,
      };
    }
  },
});

/** Delegation tokens are on when the secret key is set (`delegation.token.master.key` before 4.0). */
function tokensEnabled(doc: ConfigDocument): boolean {
  const keys = isAtLeast(doc.kafkaVersion, '4.0') ? ['delegation.token.secret.key'] : ['delegation.token.secret.key', 'delegation.token.master.key'];
  return keys.some((key) => {
    const entry = doc.get(key);
    return entry !== undefined && (isUnknown(entry) || entry.value.trim() !== '');
  });
}

function formatDuration(ms: number): string {
  const hours = ms / 3600000;
  if (hours >= 24 && Number.isInteger(hours / 24)) return `${hours / 24} day${hours / 24 === 1 ? '' : 's'}`;
  if (Number.isInteger(hours)) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return `${ms} ms`;
}
