import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { isDistributedWorker, isUnknownValue, servesRestApi } from '../src/model/kafka/connect-worker.js';

const WEAK_MACS = new Map([
  ['hmacmd5', 'MD5'],
  ['hmacsha1', 'SHA-1'],
]);

/** Below this many bits an observed signature lets an attacker recover the session key offline. */
const MIN_KEY_BITS = 128;

export default defineRule({
  id: 'connect-inter-worker-signing-weak',
  title: 'Connect inter-worker request signatures use a weak algorithm or key',
  severity: 'medium',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['KIP-507', 'CWE-326', 'CWE-328', 'https://kafka.apache.org/documentation/#connectconfigs_inter.worker.signature.algorithm'],
  cwe: [326, 328],

  *check(doc) {
    if (!servesRestApi(doc) || !isDistributedWorker(doc)) return;
    for (const key of ['inter.worker.signature.algorithm', 'inter.worker.key.generation.algorithm']) {
      const entry = doc.get(key);
      if (!entry || isUnknownValue(entry)) continue;
      const weak = WEAK_MACS.get(entry.value.trim().toLowerCase());
      if (!weak) continue;
      yield {
        entry,
        severity: 'low',
        message: `Setting ${key}=${entry.value.trim()} builds the KIP-507 session MAC on ${weak}; use HmacSHA256 or stronger.`,
      };
    }
    const verification = doc.get('inter.worker.verification.algorithms');
    if (verification && !isUnknownValue(verification)) {
      let offset = 0;
      for (const part of verification.value.split(',')) {
        const name = part.trim();
        const at = offset + part.indexOf(name);
        offset += part.length + 1;
        const weak = WEAK_MACS.get(name.toLowerCase());
        if (!weak) continue;
        yield {
          entry: verification,
          span: spanWithinValue(verification, at, name.length),
          severity: 'low',
          message: `The list inter.worker.verification.algorithms accepts ${name}, so the leader verifies requests signed with ${weak}-based MACs.`,
          discriminator: name,
        };
      }
    }
    const size = doc.get('inter.worker.key.size');
    if (size && !isUnknownValue(size)) {
      const bits = Number(size.value.trim());
      if (Number.isInteger(bits) && bits > 0 && bits < MIN_KEY_BITS) {
        yield {
          entry: size,
          message: `Setting inter.worker.key.size=${bits} gives session keys of ${bits} bits: one observed signed request lets an attacker brute-force the key and forge internal requests until it rotates.`,
        };
      }
    }
  },
});
