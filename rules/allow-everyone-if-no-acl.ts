import { defineRule } from '../src/rule-kit/index.js';
import { isUnknown, unauthenticatedListeners } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'allow-everyone-if-no-acl',
  title: 'Resources without ACLs are open to every principal',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'authenticated-client',
  posture: 'production',
  references: ['CWE-276', 'https://kafka.apache.org/documentation/#security_authz'],
  cwe: [276],

  *check(doc) {
    const entry = doc.get('allow.everyone.if.no.acl.found');
    // Boolean.parseBoolean(value.trim()), as StandardAuthorizer and AclAuthorizer read it.
    if (!entry || entry.value.trim().toLowerCase() !== 'true') return;
    // Without an authorizer the setting has no effect; authorizer-missing reports that.
    const authorizer = doc.get('authorizer.class.name');
    if (!authorizer || (!isUnknown(authorizer) && authorizer.value.trim() === '')) return;
    const open = unauthenticatedListeners(doc).map((listener) => listener.name);
    yield {
      entry,
      severity: open.length > 0 ? 'critical' : 'high',
      message: `With allow.everyone.if.no.acl.found=true every principal${open.length > 0 ? `, including User:ANONYMOUS on ${open.join(', ')},` : ''} may use any topic, group or cluster resource that has no ACL.`,
    };
  },
});
