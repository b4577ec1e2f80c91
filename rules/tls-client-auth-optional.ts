import { defineRule } from '../src/rule-kit/index.js';
import { groupBySetting, ignoredNote, isUnknown, listenerSetting, listNames, openListeners } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'tls-client-auth-optional',
  title: 'SSL listener does not require client certificates, so clients connect as ANONYMOUS',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-306', 'https://kafka.apache.org/documentation/#security_ssl'],
  cwe: [306],

  *check(doc) {
    const optional = openListeners(doc)
      .filter((listener) => listener.protocol === 'SSL')
      .map((listener) => ({ listener, setting: listenerSetting(doc, listener.name, 'ssl.client.auth') }))
      .filter((item) => !isUnknown(item.setting.entry))
      .map((item) => ({ ...item, mode: (item.setting.value ?? 'none').trim().toLowerCase() }))
      // SslClientAuth.forConfig is case-insensitive; an unknown value falls back to none.
      .filter((item) => item.mode !== 'required');
    for (const group of groupBySetting(optional)) {
      const names = group.items.map((item) => item.listener.name);
      const mode = group.items[0]!.mode;
      const on = `SSL listener${names.length > 1 ? 's' : ''} ${listNames(names)}`;
      const what = `clients without a certificate are accepted as User:ANONYMOUS on ${on}, with whatever rights ANONYMOUS has (all of them without an authorizer)`;
      if (!group.entry) {
        yield { key: group.key, message: `No ssl.client.auth is set, so it is none${ignoredNote(group.items[0]!.setting)}: ${what}.` };
        continue;
      }
      yield {
        entry: group.entry,
        message: `With ${group.key}=${mode === 'requested' || mode === 'none' ? mode : `${group.entry.value.trim()} (read as none)`}, ${what}.`,
        discriminator: names.join(',').toUpperCase(),
      };
    }
  },
});
