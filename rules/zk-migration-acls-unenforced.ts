import { defineRule, lowerSeverity } from '../src/rule-kit/index.js';
import { isUnknown } from '../src/model/kafka/broker-listeners.js';
import { isPatchAtMost, patchVerdict, type KafkaVersion } from '../src/util/version.js';

export default defineRule({
  id: 'zk-migration-acls-unenforced',
  title: 'ACLs may not be enforced while the cluster migrates from ZooKeeper to KRaft (CVE-2024-27309)',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'authenticated-client',
  posture: 'production',
  references: ['CVE-2024-27309', 'CWE-863', 'https://kafka.apache.org/cve-list'],
  cwe: [863],

  *check(doc) {
    const entry = doc.get('zookeeper.metadata.migration.enable');
    if (!entry || isUnknown(entry) || entry.value.trim().toLowerCase() !== 'true') return;
    const verdict = patchVerdict(doc.kafkaVersion, affected);
    if (verdict === 'fixed') return;
    if (verdict === 'maybe') {
      yield {
        entry,
        severity: lowerSeverity('medium'),
        message: `On ${doc.kafkaVersionText} a ZooKeeper-to-KRaft migration (zookeeper.metadata.migration.enable=true) may leave ACLs unenforced (CVE-2024-27309, fixed in Kafka 3.6.2; the patch level of this release is unknown, so check that it carries the fix).`,
      };
      return;
    }
    yield {
      entry,
      message: `On ${doc.kafkaVersionText} a ZooKeeper-to-KRaft migration (zookeeper.metadata.migration.enable=true) can leave ACLs unenforced, so principals may get access the ACLs deny (CVE-2024-27309).`,
    };
  },
});

/** CVE-2024-27309: 3.5.0–3.5.2 and 3.6.0–3.6.1. */
function affected(version: KafkaVersion): boolean {
  return isPatchAtMost(version, 3, 5, 2) || isPatchAtMost(version, 3, 6, 1);
}
