import { defineRule } from '../src/rule-kit/index.js';
import { secretLocation, secretsInDocument } from '../src/model/kafka/secret-patterns.js';

export default defineRule({
  id: 'jaas-inline-credential',
  title: 'JAAS configuration holds a cleartext credential',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller', 'worker', 'connector', 'client'],
  attacker: 'repo-reader',
  posture: 'development',
  references: ['CWE-260', 'CWE-256', 'KIP-297', 'KIP-421'],
  cwe: [260, 256],

  *check(doc) {
    for (const { entry, secret, span } of secretsInDocument(doc)) {
      if (secret.rule !== 'jaas-inline-credential') continue;
      yield {
        entry,
        span,
        message: `Cleartext ${secret.kind} in the JAAS configuration of ${secretLocation(entry)} (${secret.where}); reference it through a config provider instead.`,
        ...(secret.discriminator ? { discriminator: secret.discriminator } : {}),
      };
    }
  },
});
