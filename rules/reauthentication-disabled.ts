import { defineRule } from '../src/rule-kit/index.js';
import { groupBySetting, isUnknown, listenerSetting, listNames } from '../src/model/kafka/broker-listeners.js';
import { parseNumber } from '../src/model/kafka/broker-limits.js';
import { saslListenerMechanisms } from '../src/model/kafka/sasl-mechanisms.js';
import { isAtLeast } from '../src/util/version.js';

export default defineRule({
  id: 'reauthentication-disabled',
  title: 'SASL connections never re-authenticate, so revoked or expired credentials keep working',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'authenticated-client',
  posture: 'hardened',
  references: ['KIP-368', 'CWE-613', 'https://kafka.apache.org/documentation/#brokerconfigs_connections.max.reauth.ms'],
  cwe: [613],

  *check(doc) {
    // Re-authentication exists since 2.2; before, there is no setting to fix.
    if (!isAtLeast(doc.kafkaVersion, '2.2')) return;
    const never = saslListenerMechanisms(doc)
      .flatMap(({ listener, mechanisms }) =>
        mechanisms.map((mechanism) => ({ listener, mechanism, setting: listenerSetting(doc, listener.name, 'connections.max.reauth.ms', mechanism) })),
      )
      .filter((item) => !isUnknown(item.setting.entry) && (parseNumber(item.setting.value) ?? 0) <= 0);
    for (const group of groupBySetting(never)) {
      const pairs = [...new Set(group.items.map((item) => `${item.mechanism} on ${item.listener.name}`))];
      const what = `SASL sessions (${listNames(pairs)}) stay authenticated for the life of the connection: a deleted SCRAM user, a revoked delegation token or an expired OAuth token keeps working on connections already open`;
      if (!group.entry) {
        yield { key: group.key, message: `No connections.max.reauth.ms is set, so it is 0: ${what}.` };
        continue;
      }
      yield { entry: group.entry, message: `With ${group.key}=${group.entry.value.trim()}, ${what}.`, discriminator: pairs.join(',') };
    }
  },
});
