import { defineRule } from '../src/rule-kit/index.js';
import { groupBySetting, listNames } from '../src/model/kafka/broker-listeners.js';
import { saslListenerMechanisms } from '../src/model/kafka/sasl-mechanisms.js';

export default defineRule({
  id: 'sasl-plain-without-tls',
  title: 'SASL/PLAIN passwords cross the network in cleartext',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-523', 'CWE-319', 'https://kafka.apache.org/documentation/#security_sasl_plain_production'],
  cwe: [523, 319],

  *check(doc) {
    const exposed = saslListenerMechanisms(doc).filter((item) => item.listener.protocol === 'SASL_PLAINTEXT' && item.mechanisms.includes('PLAIN'));
    for (const group of groupBySetting(exposed)) {
      if (!group.entry) continue;
      const names = group.items.map((item) => item.listener.name);
      yield {
        entry: group.entry,
        message: `PLAIN is enabled on the SASL_PLAINTEXT listener${names.length > 1 ? 's' : ''} ${listNames(names)} (${group.key}): clients send their username and password unencrypted, readable by anyone on the network path.`,
        discriminator: names.join(',').toUpperCase(),
      };
    }
  },
});
