import { defineRule } from '../src/rule-kit/index.js';
import { isUnknown, isZooKeeperMode } from '../src/model/kafka/broker-listeners.js';
import { isAtLeast } from '../src/util/version.js';

export default defineRule({
  id: 'zookeeper-acl-disabled',
  title: 'Cluster metadata in ZooKeeper is writable by anyone who can reach ZooKeeper',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-732', 'https://kafka.apache.org/documentation/#zk_authz'],
  cwe: [732],

  *check(doc) {
    // ZooKeeper mode ended with Kafka 4.0; a version from the input itself says which one runs.
    if (!isZooKeeperMode(doc) || (doc.kafkaVersionFromInput && isAtLeast(doc.kafkaVersion, '4.0'))) return;
    const entry = doc.get('zookeeper.set.acl');
    if (isUnknown(entry) || entry?.value.trim().toLowerCase() === 'true') return;
    const what = 'the broker creates its ZooKeeper znodes (topics, configs, ACLs, SCRAM credentials) world-writable, so any client of ZooKeeper can change them';
    if (!entry) {
      yield { key: 'zookeeper.set.acl', message: `This ZooKeeper-mode broker does not set zookeeper.set.acl (default false): ${what}.` };
    } else {
      yield { entry, message: `With zookeeper.set.acl=${entry.value.trim()}, ${what}.` };
    }
  },
});
