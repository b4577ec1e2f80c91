import { defineRule } from '../src/rule-kit/index.js';
import { secretLocation, secretsInDocument } from '../src/model/kafka/secret-patterns.js';

export default defineRule({
  id: 'sample-credential',
  title: 'Credential is a well-known default or sample value',
  severity: 'low',
  component: 'connector',
  appliesTo: ['broker', 'controller', 'worker', 'connector', 'client'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-1393', 'CWE-521'],
  cwe: [1393, 521],

  *check(doc) {
    for (const { entry, secret, span } of secretsInDocument(doc)) {
      if (secret.rule !== 'sample-credential') continue;
      const where = secret.where ? ` (${secret.where})` : '';
      yield {
        entry,
        span,
        message: `The ${secret.kind} in ${secretLocation(entry)}${where} is a well-known default or sample value that anyone can guess.`,
        ...(secret.discriminator ? { discriminator: secret.discriminator } : {}),
      };
    }
  },
});
