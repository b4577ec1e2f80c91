import { defineRule } from '../src/rule-kit/index.js';
import { secretLocation, secretsInDocument } from '../src/model/kafka/secret-patterns.js';

export default defineRule({
  id: 'cleartext-password',
  title: 'Password or secret key is written in cleartext',
  severity: 'high',
  component: 'connector',
  appliesTo: ['broker', 'controller', 'worker', 'connector', 'client'],
  attacker: 'repo-reader',
  posture: 'development',
  references: ['CWE-260', 'CWE-256', 'KIP-297', 'KIP-421'],
  cwe: [260, 256],

  *check(doc) {
    for (const { entry, secret, span } of secretsInDocument(doc)) {
      if (secret.rule !== 'cleartext-password') continue;
      const byName = secret.keyInfo?.source === 'name' ? ' (the key name says it is a secret)' : '';
      const where = secret.where ? ` (${secret.where})` : byName;
      yield {
        entry,
        span,
        message: `Cleartext ${secret.kind} in ${secretLocation(entry)}${where}; reference it through a config provider instead.`,
        ...(secret.severity ? { severity: secret.severity } : {}),
        ...(secret.discriminator ? { discriminator: secret.discriminator } : {}),
      };
    }
  },
});
