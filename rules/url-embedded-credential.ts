import { defineRule } from '../src/rule-kit/index.js';
import { secretLocation, secretsInDocument } from '../src/model/kafka/secret-patterns.js';

export default defineRule({
  id: 'url-embedded-credential',
  title: 'URL embeds a cleartext password',
  severity: 'high',
  component: 'connector',
  appliesTo: ['broker', 'controller', 'worker', 'connector', 'client'],
  attacker: 'repo-reader',
  posture: 'development',
  references: ['CWE-260', 'CWE-522', 'KIP-297'],
  cwe: [260, 522],

  *check(doc) {
    for (const { entry, secret, span } of secretsInDocument(doc)) {
      if (secret.rule !== 'url-embedded-credential') continue;
      yield {
        entry,
        span,
        message: `Cleartext ${secret.kind} in ${secretLocation(entry)} (${secret.where}); move the credentials to their own keys and reference them through a config provider.`,
        ...(secret.discriminator ? { discriminator: secret.discriminator } : {}),
      };
    }
  },
});
