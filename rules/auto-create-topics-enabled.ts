import { defineRule } from '../src/rule-kit/index.js';
import { isServerConfig, isUnknown, runsBroker } from '../src/model/kafka/broker-listeners.js';
import { hasAuthorizer } from '../src/model/kafka/broker-principals.js';

export default defineRule({
  id: 'auto-create-topics-enabled',
  title: 'Clients create topics by naming them',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker'],
  attacker: 'authenticated-client',
  posture: 'hardened',
  references: ['CWE-770', 'https://kafka.apache.org/documentation/#brokerconfigs_auto.create.topics.enable'],
  cwe: [770],

  *check(doc) {
    if (!runsBroker(doc) || !isServerConfig(doc)) return;
    const entry = doc.get('auto.create.topics.enable');
    if (isUnknown(entry)) return;
    if (entry && entry.value.trim().toLowerCase() !== 'true') return;
    const open = !hasAuthorizer(doc.get('authorizer.class.name'));
    const severity = open ? 'medium' : 'low';
    const what = open
      ? 'any client that produces to or fetches metadata for an unknown topic creates it, and without an authorizer nothing limits how many'
      : 'a client with CREATE on the cluster or topic creates a topic by producing to or fetching metadata for an unknown name, so typos and scans turn into topics';
    if (!entry) {
      yield { key: 'auto.create.topics.enable', severity, message: `No auto.create.topics.enable is set, so it is true: ${what}.` };
    } else {
      yield { entry, severity, message: `With auto.create.topics.enable=true, ${what}.` };
    }
  },
});
