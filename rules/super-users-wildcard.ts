import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { hasAuthorizer, parseSuperUsers } from '../src/model/kafka/broker-principals.js';

export default defineRule({
  id: 'super-users-wildcard',
  title: 'A super user entry is a wildcard that Kafka matches literally',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'authenticated-client',
  posture: 'production',
  references: ['CWE-269', 'https://kafka.apache.org/documentation/#security_authz'],
  cwe: [269],

  *check(doc) {
    const entry = doc.get('super.users');
    if (!entry || !hasAuthorizer(doc.get('authorizer.class.name'))) return;
    for (const user of parseSuperUsers(entry)) {
      const colon = user.principal.indexOf(':');
      const name = colon === -1 ? user.principal : user.principal.slice(colon + 1).trim();
      if (name !== '*') continue;
      yield {
        entry,
        span: spanWithinValue(entry, user.offset, user.principal.length),
        message: `The super.users entry ${user.principal} is not a wildcard: Kafka compares super users by exact name, so it makes a super user of any client that can authenticate as a principal literally named "*" (an OAuth token with sub "*", a SCRAM user "*"), and if it was meant to make everyone a super user, the cluster has no authorization at all.`,
        discriminator: user.principal,
      };
    }
  },
});
