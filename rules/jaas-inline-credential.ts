import { defineRule } from '../src/rule-kit/index.js';
import type { Entry } from '../src/model/entry.js';
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
        message: `${capitalized(secret.where ?? 'a JAAS option')} in ${location(entry)} holds a cleartext ${secret.kind}; reference it through a config provider instead.`,
        ...(secret.discriminator ? { discriminator: secret.discriminator } : {}),
      };
    }
  },
});

/** A JAAS file section is named by itself; a config key by its name (and origin). */
function location(entry: Entry): string {
  return entry.origin?.startsWith('JAAS section ') ? entry.origin : secretLocation(entry);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
