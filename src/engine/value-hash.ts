import { sha256Hex } from '../util/hash.js';

/** What `valueHash` is for a finding about an absent key (there is no value to hash). */
export const ABSENT_VALUE_HASH = '-';

/**
 * A hash of a finding's value for baselines: a changed value makes a new finding, the
 * same value on another line does not. The value itself never leaves the scanner, and
 * the hash is salted with the rule and key (no rainbow table fits) and cut to 64 bits.
 * For a secret, 64 bits would confirm an offline guess of a weak password, so its hash
 * keeps 16 bits: enough to notice that a baselined secret changed, while a dictionary
 * of guesses leaves thousands of equally likely candidates.
 */
export function hashValue(ruleId: string, key: string, value: string | undefined, isSecret = false): string {
  if (value === undefined) return ABSENT_VALUE_HASH;
  return sha256Hex(['connect-audit/value/v1', ruleId, key, value].join('\u0000')).slice(0, isSecret ? 4 : 16);
}
