import { defineRule } from '../src/rule-kit/index.js';
import { isUnknown, isZooKeeperMode } from '../src/model/kafka/broker-listeners.js';
import { isAtLeast } from '../src/util/version.js';

export default defineRule({
  id: 'zookeeper-client-tls-disabled',
  title: 'The broker talks to ZooKeeper unencrypted',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['KIP-515', 'CWE-319', 'https://kafka.apache.org/documentation/#zk_authz'],
  cwe: [319],

  *check(doc) {
    if (!isZooKeeperMode(doc) || (doc.kafkaVersionFromInput && isAtLeast(doc.kafkaVersion, '4.0'))) return;
    const connect = doc.get('zookeeper.connect')!;
    // A host that is a template placeholder ({zk_host}, %HOST%) cannot be judged.
    if (isUnknown(connect) || /[{}$%<>]/.test(connect.value) || onlyLoopback(connect.value)) return;
    const entry = doc.get('zookeeper.ssl.client.enable');
    if (isUnknown(entry) || entry?.value.trim().toLowerCase() === 'true') return;
    const what = 'cluster metadata, ACLs and SCRAM credentials travel between broker and ZooKeeper in cleartext';
    if (!entry) {
      yield { key: 'zookeeper.ssl.client.enable', message: `This ZooKeeper-mode broker connects to ${connect.value.trim()} without zookeeper.ssl.client.enable=true: ${what}.` };
    } else {
      yield { entry, message: `With zookeeper.ssl.client.enable=${entry.value.trim()}, ${what}.` };
    }
  },
});

/** `host:port[,host:port…][/chroot]` where every host is the loopback interface. */
function onlyLoopback(connect: string): boolean {
  const hosts = connect
    .split('/')[0]!
    .split(',')
    .map((server) => server.trim().replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase())
    .filter((host) => host !== '');
  return hosts.length > 0 && hosts.every((host) => host === 'localhost' || host === '::1' || /^127\./.test(host));
}
