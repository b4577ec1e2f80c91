import { defineRule } from '../src/rule-kit/index.js';
import { groupBySetting, isUnknown, listenerSetting, listNames, splitList } from '../src/model/kafka/broker-listeners.js';
import { isLegacyContextProtocol, isLegacyProtocol, tlsListenerSettings } from '../src/model/kafka/tls-settings.js';

export default defineRule({
  id: 'tls-legacy-protocol',
  title: 'TLS listeners allow deprecated SSL and early TLS protocol versions',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-327', 'CWE-757', 'https://datatracker.ietf.org/doc/html/rfc8996', 'https://kafka.apache.org/documentation/#security_ssl'],
  cwe: [327, 757],

  *check(doc) {
    const items = tlsListenerSettings(doc, 'ssl.enabled.protocols');
    const legacy = items
      .map((item) => ({ ...item, legacy: splitList(item.setting.value ?? '').filter(isLegacyProtocol) }))
      .filter((item) => item.legacy.length > 0);
    for (const group of groupBySetting(legacy)) {
      const names = group.items.map((item) => item.listener.name);
      const protocols = [...new Set(group.items.flatMap((item) => item.legacy))];
      const on = `TLS listener${names.length > 1 ? 's' : ''} ${listNames(names)}`;
      const risk = `downgrade to ${listNames(protocols)}, protocols with known attacks (RFC 8996), unless the JVM disables them`;
      if (!group.entry) {
        yield {
          key: group.key,
          message: `No ssl.enabled.protocols is set, and ${doc.kafkaVersionText} then enables ${listNames(protocols)}: clients of ${on} can ${risk}.`,
        };
        continue;
      }
      yield { entry: group.entry, message: `The ${group.key} setting lets clients of ${on} ${risk}.`, discriminator: names.join(',').toUpperCase() };
    }

    // With an empty ssl.enabled.protocols Kafka leaves the protocols to the SSLContext that ssl.protocol selects.
    const contextDefaults = items.filter((item) => item.setting.entry && splitList(item.setting.value ?? '').length === 0);
    const weakContext = contextDefaults
      .map((item) => ({ listener: item.listener, setting: listenerSetting(doc, item.listener.name, 'ssl.protocol') }))
      .filter((item) => item.setting.entry && !isUnknown(item.setting.entry) && isLegacyContextProtocol(item.setting.value ?? ''));
    for (const group of groupBySetting(weakContext)) {
      if (!group.entry) continue;
      const names = group.items.map((item) => item.listener.name);
      yield {
        entry: group.entry,
        message: `With ssl.enabled.protocols empty, ${group.key}=${group.entry.value.trim()} decides the protocols of TLS listener${names.length > 1 ? 's' : ''} ${listNames(names)}, and it selects a pre-TLS 1.2 protocol.`,
        discriminator: names.join(',').toUpperCase(),
      };
    }
  },
});
