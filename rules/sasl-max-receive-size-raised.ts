import { defineRule } from '../src/rule-kit/index.js';
import { groupBySetting, isSasl, isUnknown, listenerSetting, listNames, openListeners } from '../src/model/kafka/broker-listeners.js';
import { formatBytes, parseNumber, SASL_SERVER_MAX_RECEIVE_SIZE_DEFAULT } from '../src/model/kafka/broker-limits.js';
import { isAtLeast, type KafkaVersion } from '../src/util/version.js';

export default defineRule({
  id: 'sasl-max-receive-size-raised',
  title: 'Unauthenticated clients can make the broker allocate large SASL buffers',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CVE-2022-34917', 'CWE-770', 'https://kafka.apache.org/documentation/#brokerconfigs_sasl.server.max.receive.size'],
  cwe: [770],

  *check(doc) {
    if (!configurable(doc.kafkaVersion)) return;
    const raised = openListeners(doc)
      .filter((listener) => isSasl(listener.protocol))
      .map((listener) => ({ listener, setting: listenerSetting(doc, listener.name, 'sasl.server.max.receive.size') }))
      .filter((item) => item.setting.entry && !isUnknown(item.setting.entry) && (parseNumber(item.setting.value) ?? 0) > SASL_SERVER_MAX_RECEIVE_SIZE_DEFAULT);
    for (const group of groupBySetting(raised)) {
      if (!group.entry) continue;
      const names = group.items.map((item) => item.listener.name);
      yield {
        entry: group.entry,
        message: `The ${group.key} setting raises the SASL receive limit to ${formatBytes(parseNumber(group.entry.value)!)} (default ${formatBytes(SASL_SERVER_MAX_RECEIVE_SIZE_DEFAULT)}): every unauthenticated connection to SASL listener${names.length > 1 ? 's' : ''} ${listNames(names)} can make the broker allocate that much before it authenticates.`,
        discriminator: names.join(',').toUpperCase(),
      };
    }
  },
});

/** The key exists from 2.8.2, 3.0.2, 3.1.2, 3.2.3 and 3.3.0 (the CVE-2022-34917 fixes); before, the limit was fixed. */
function configurable(version: KafkaVersion): boolean {
  if (isAtLeast(version, '3.3')) return true;
  const fixed: Record<string, number> = { '2.8': 2, '3.0': 2, '3.1': 2, '3.2': 3 };
  const patch = fixed[`${version.major}.${version.minor}`];
  return patch !== undefined && (version.patchUnknown === true || version.patch >= patch);
}
