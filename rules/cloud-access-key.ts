import { defineRule } from '../src/rule-kit/index.js';
import { secretLocation, secretsInDocument } from '../src/model/kafka/secret-patterns.js';

export default defineRule({
  id: 'cloud-access-key',
  title: 'Access key or token of a well-known service is written in cleartext',
  severity: 'high',
  component: 'connector',
  appliesTo: ['broker', 'controller', 'worker', 'connector', 'client'],
  attacker: 'repo-reader',
  posture: 'development',
  references: ['CWE-798', 'CWE-522', 'KIP-297'],
  cwe: [798, 522],

  *check(doc) {
    for (const { entry, secret, span } of secretsInDocument(doc)) {
      if (secret.rule !== 'cloud-access-key') continue;
      yield {
        entry,
        span,
        message: `${capitalized(secret.kind)} in ${secretLocation(entry)}; revoke it and reference a new one through a config provider.`,
        ...(secret.severity ? { severity: secret.severity } : {}),
        ...(secret.discriminator ? { discriminator: secret.discriminator } : {}),
      };
    }
  },
});

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
