import { defineRule } from '../src/rule-kit/index.js';
import { isUnknown, listenerSetting } from '../src/model/kafka/broker-listeners.js';
import { saslListenerMechanisms } from '../src/model/kafka/sasl-mechanisms.js';

export default defineRule({
  id: 'sasl-oauthbearer-audience-unchecked',
  title: 'OAUTHBEARER accepts tokens issued for other applications',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'authenticated-client',
  posture: 'production',
  references: ['KIP-768', 'CWE-287', 'https://kafka.apache.org/documentation/#security_sasl_oauthbearer_prod'],
  cwe: [287],

  *check(doc) {
    for (const { listener, mechanisms } of saslListenerMechanisms(doc)) {
      if (!mechanisms.includes('OAUTHBEARER')) continue;
      const handler = doc.get(`listener.name.${listener.name.toLowerCase()}.oauthbearer.sasl.server.callback.handler.class`);
      // Only Kafka's own validator reads these keys; custom handlers have their own settings.
      if (!handler || isUnknown(handler) || !/(^|\.)OAuthBearerValidatorCallbackHandler$/.test(handler.value.trim())) continue;
      const audience = listenerSetting(doc, listener.name, 'sasl.oauthbearer.expected.audience', 'OAUTHBEARER');
      if (audience.entry || (audience.value ?? '').trim() !== '') continue;
      const issuer = listenerSetting(doc, listener.name, 'sasl.oauthbearer.expected.issuer', 'OAUTHBEARER');
      const alsoIssuer = !issuer.entry && (issuer.value ?? '').trim() === '' ? ' or sasl.oauthbearer.expected.issuer' : '';
      yield {
        entry: handler,
        message: `Listener ${listener.name} validates OAUTHBEARER tokens without sasl.oauthbearer.expected.audience${alsoIssuer}: a token the identity provider issued for any other application is accepted.`,
        discriminator: listener.upper,
      };
    }
  },
});
