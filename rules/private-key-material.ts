import { defineRule } from '../src/rule-kit/index.js';
import { secretLocation, secretsInDocument } from '../src/model/kafka/secret-patterns.js';

export default defineRule({
  id: 'private-key-material',
  title: 'Private key is written inline',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller', 'worker', 'connector', 'client'],
  attacker: 'repo-reader',
  posture: 'development',
  references: ['CWE-321', 'CWE-312', 'KIP-651', 'KIP-297'],
  cwe: [321, 312],

  *check(doc) {
    for (const { entry, secret, span } of secretsInDocument(doc)) {
      if (secret.rule !== 'private-key-material') continue;
      yield {
        entry,
        span,
        message: `${capitalized(secret.kind)} written inline in ${secretLocation(entry)}; keep it in a key file or a secret store and reference it.`,
        ...(secret.severity ? { severity: secret.severity } : {}),
        ...(secret.discriminator ? { discriminator: secret.discriminator } : {}),
      };
    }
  },
});

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
