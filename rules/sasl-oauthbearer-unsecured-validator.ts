import { defineRule } from '../src/rule-kit/index.js';
import { saslListenerMechanisms } from '../src/model/kafka/sasl-mechanisms.js';
import { isUnknown } from '../src/model/kafka/broker-listeners.js';

const UNSECURED = 'OAuthBearerUnsecuredValidatorCallbackHandler';

export default defineRule({
  id: 'sasl-oauthbearer-unsecured-validator',
  title: 'OAUTHBEARER accepts unsigned tokens, so any client can claim any identity',
  severity: 'critical',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['KIP-255', 'KIP-768', 'CWE-347', 'CWE-287', 'https://kafka.apache.org/documentation/#security_sasl_oauthbearer_prod'],
  cwe: [347, 287],

  *check(doc) {
    for (const { listener, setting, mechanisms } of saslListenerMechanisms(doc)) {
      if (!mechanisms.includes('OAUTHBEARER')) continue;
      // SaslChannelBuilder reads only `<mechanism>.sasl.server.callback.handler.class`, which
      // exists only as `listener.name.<l>.oauthbearer.sasl.server.callback.handler.class`.
      const key = `listener.name.${listener.name.toLowerCase()}.oauthbearer.sasl.server.callback.handler.class`;
      const handler = doc.get(key);
      if (isUnknown(handler)) continue;
      if (handler && !handler.value.includes(UNSECURED)) continue;
      if (handler) {
        yield {
          entry: handler,
          message: `Listener ${listener.name} validates OAUTHBEARER tokens with ${UNSECURED}, which accepts unsigned JWTs: any client can send a token naming any principal, including a super user.`,
          discriminator: listener.upper,
        };
        continue;
      }
      const misplaced = [`listener.name.${listener.name.toLowerCase()}.sasl.server.callback.handler.class`, 'sasl.server.callback.handler.class', 'oauthbearer.sasl.server.callback.handler.class']
        .map((candidate) => doc.get(candidate))
        .find((entry) => entry !== undefined);
      const why = misplaced
        ? `${misplaced.key} is not read for it (Kafka only reads ${key})`
        : `${key} is not set`;
      yield {
        entry: misplaced ?? setting.entry,
        key: setting.key,
        message: `Listener ${listener.name} enables OAUTHBEARER but ${why}, so Kafka validates tokens with ${UNSECURED}: it accepts unsigned JWTs, and any client can send a token naming any principal, including a super user.`,
        discriminator: listener.upper,
      };
    }
  },
});
