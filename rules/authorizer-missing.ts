import { defineRule } from '../src/rule-kit/index.js';
import { isControllerOnly, isServerConfig, isUnknown, unauthenticatedListeners } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'authorizer-missing',
  title: 'No authorizer: every client may perform every operation',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'authenticated-client',
  posture: 'production',
  references: ['CWE-862', 'https://kafka.apache.org/documentation/#security_authz'],
  cwe: [862],

  *check(doc) {
    if (!isServerConfig(doc)) return;
    const entry = doc.get('authorizer.class.name');
    if (isUnknown(entry) || (entry && entry.value.trim() !== '')) return;
    const open = unauthenticatedListeners(doc).map((listener) => listener.name);
    const severity = open.length > 0 ? 'critical' : 'high';
    const who = open.length > 0 ? `every client, including unauthenticated ones on ${open.join(', ')},` : 'every authenticated client';
    const what = isControllerOnly(doc)
      ? `the admin requests brokers forward to this controller (create and delete topics, alter configs and ACLs) are not authorized: ${who} may perform them`
      : `${who} may read, write and delete every topic, change configs and ACLs, and administer the cluster`;
    if (!entry) {
      yield { key: 'authorizer.class.name', severity, message: `No authorizer.class.name is set, so Kafka authorizes nothing: ${what}.` };
    } else {
      yield { entry, severity, message: `The empty authorizer.class.name disables authorization: ${what}.` };
    }
  },
});
