import { defineRule } from '../src/rule-kit/index.js';
import { groupBySetting, ignoredNote, listNames } from '../src/model/kafka/broker-listeners.js';
import { tlsListenerSettings } from '../src/model/kafka/tls-settings.js';

export default defineRule({
  id: 'tls-hostname-verification-disabled',
  title: 'Brokers do not verify the host name of the brokers and controllers they connect to',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-297', 'https://kafka.apache.org/documentation/#security_ssl'],
  cwe: [297],

  *check(doc) {
    // Only the connections this node opens itself verify a host name: inter-broker and controller.
    const disabled = tlsListenerSettings(doc, 'ssl.endpoint.identification.algorithm', { clientSide: true }).filter(
      (item) => (item.setting.value ?? '').trim() === '',
    );
    for (const group of groupBySetting(disabled)) {
      const names = group.items.map((item) => item.listener.name);
      const what = `connections this node opens over listener${names.length > 1 ? 's' : ''} ${listNames(names)} accept any certificate the truststore trusts, whatever host presents it, so an attacker on the path who holds one such certificate can impersonate a broker or controller`;
      if (!group.entry) {
        yield {
          key: group.key,
          message: `No ssl.endpoint.identification.algorithm is set, and ${doc.kafkaVersionText} then verifies no host names${ignoredNote(group.items[0]!.setting)}: ${what}.`,
        };
        continue;
      }
      yield { entry: group.entry, message: `The empty ${group.key} turns off host name verification: ${what}.`, discriminator: names.join(',').toUpperCase() };
    }
  },
});
