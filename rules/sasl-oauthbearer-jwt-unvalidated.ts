import { defineRule, lowerSeverity } from '../src/rule-kit/index.js';
import { isUnknown, listenerSetting } from '../src/model/kafka/broker-listeners.js';
import { saslListenerMechanisms } from '../src/model/kafka/sasl-mechanisms.js';
import { isPatchAtMost, patchVerdict, type KafkaVersion } from '../src/util/version.js';

const DEFAULT_VALIDATOR = 'org.apache.kafka.common.security.oauthbearer.DefaultJwtValidator';

export default defineRule({
  id: 'sasl-oauthbearer-jwt-unvalidated',
  title: 'The OAUTHBEARER validator accepts tokens without checking their signature (CVE-2026-33557)',
  severity: 'critical',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CVE-2026-33557', 'CWE-347', 'https://kafka.apache.org/cve-list'],
  cwe: [347],

  *check(doc) {
    const verdict = patchVerdict(doc.kafkaVersion, affected);
    if (verdict === 'fixed') return;
    for (const { listener, mechanisms } of saslListenerMechanisms(doc)) {
      if (!mechanisms.includes('OAUTHBEARER')) continue;
      const handler = doc.get(`listener.name.${listener.name.toLowerCase()}.oauthbearer.sasl.server.callback.handler.class`);
      // Only Kafka's own validating handler delegates to sasl.oauthbearer.jwt.validator.class.
      if (!handler || isUnknown(handler) || !/(^|\.)OAuthBearerValidatorCallbackHandler$/.test(handler.value.trim())) continue;
      const validator = listenerSetting(doc, listener.name, 'sasl.oauthbearer.jwt.validator.class', 'OAUTHBEARER');
      if (isUnknown(validator.entry)) continue;
      const value = (validator.value ?? '').trim();
      if (value !== '' && value !== DEFAULT_VALIDATOR && !value.endsWith('.DefaultJwtValidator')) continue;
      const how = validator.entry ? `${validator.key} names DefaultJwtValidator` : 'sasl.oauthbearer.jwt.validator.class is not set';
      const may = verdict === 'maybe';
      yield {
        entry: validator.entry ?? handler,
        ...(may ? { severity: lowerSeverity('critical') } : {}),
        message: may
          ? `On ${doc.kafkaVersionText} listener ${listener.name} may validate OAUTHBEARER tokens with a DefaultJwtValidator that checks neither signature, issuer nor audience (${how}; CVE-2026-33557, fixed in Kafka 4.1.2; the patch level of this release is unknown, so check that it carries the fix): then anyone can forge a token for any user.`
          : `On ${doc.kafkaVersionText} listener ${listener.name} validates OAUTHBEARER tokens with DefaultJwtValidator (${how}), which checks neither signature, issuer nor audience: anyone can forge a token for any user (CVE-2026-33557).`,
        discriminator: listener.upper,
      };
    }
  },
});

/** CVE-2026-33557: Kafka 4.1.0 and 4.1.1; fixed in 4.1.2 and 4.2.0. */
function affected(version: KafkaVersion): boolean {
  return isPatchAtMost(version, 4, 1, 1);
}
