import { defineRule } from '../src/rule-kit/index.js';
import { groupBySetting, listNames, splitList } from '../src/model/kafka/broker-listeners.js';
import { tlsListenerSettings, weakCipherReason } from '../src/model/kafka/tls-settings.js';

export default defineRule({
  id: 'tls-weak-cipher-suite',
  title: 'TLS listeners allow broken cipher suites',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-327', 'https://kafka.apache.org/documentation/#security_ssl'],
  cwe: [327],

  *check(doc) {
    const weak = tlsListenerSettings(doc, 'ssl.cipher.suites')
      .map((item) => ({ ...item, weak: splitList(item.setting.value ?? '').filter((suite) => weakCipherReason(suite) !== undefined) }))
      .filter((item) => item.weak.length > 0);
    for (const group of groupBySetting(weak)) {
      if (!group.entry) continue;
      const names = group.items.map((item) => item.listener.name);
      const suites = [...new Set(group.items.flatMap((item) => item.weak))];
      const reasons = [...new Set(suites.map((suite) => weakCipherReason(suite)!))];
      yield {
        entry: group.entry,
        message: `The ${group.key} setting enables ${listNames(suites)} (${listNames(reasons)}) on TLS listener${names.length > 1 ? 's' : ''} ${listNames(names)}: a client or an attacker on the path can negotiate a connection that is not confidential.`,
        discriminator: names.join(',').toUpperCase(),
      };
    }
  },
});
