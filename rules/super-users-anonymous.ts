import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { hasAuthorizer, parseSuperUsers } from '../src/model/kafka/broker-principals.js';
import { unauthenticatedListeners } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'super-users-anonymous',
  title: 'Unauthenticated clients are super users',
  severity: 'critical',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-269', 'CWE-306', 'https://kafka.apache.org/documentation/#security_authz'],
  cwe: [269, 306],

  *check(doc) {
    const entry = doc.get('super.users');
    if (!entry || !hasAuthorizer(doc.get('authorizer.class.name'))) return;
    for (const user of parseSuperUsers(entry)) {
      if (user.principal !== 'User:ANONYMOUS') continue;
      const open = unauthenticatedListeners(doc).map((listener) => listener.name);
      yield {
        entry,
        span: spanWithinValue(entry, user.offset, user.principal.length),
        message: `The super.users list names User:ANONYMOUS, the principal of every unauthenticated connection${open.length > 0 ? ` (here on ${open.join(', ')})` : ''}: such clients bypass all ACLs.`,
      };
    }
  },
});
