import { defineRule } from '../src/rule-kit/index.js';
import { saslListenerMechanisms } from '../src/model/kafka/sasl-mechanisms.js';
import type { ConfigDocument } from '../src/model/config-document.js';
import { isUnknown } from '../src/model/kafka/broker-listeners.js';

const URL_KEYS = ['sasl.oauthbearer.jwks.endpoint.url', 'sasl.oauthbearer.token.endpoint.url'];
/** The key itself, or a `listener.name.<l>.` / `listener.name.<l>.<mechanism>.` form of it. */
const KEY = /^(?:listener\.name\.[^.]+\.(?:oauthbearer\.)?)?(sasl\.oauthbearer\.(?:jwks|token)\.endpoint\.url)$/;

export default defineRule({
  id: 'sasl-oauthbearer-http-endpoint',
  title: 'The broker fetches OAuth keys or tokens over unencrypted HTTP',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'CWE-347', 'KIP-768', 'https://kafka.apache.org/documentation/#security_sasl_oauthbearer_prod'],
  cwe: [319, 347],

  *check(doc) {
    if (!usesOAuthBearer(doc)) return;
    for (const entry of doc.effectiveEntries()) {
      const match = KEY.exec(entry.key);
      if (!match || isUnknown(entry) || !/^http:\/\//i.test(entry.value.trim())) continue;
      const jwks = match[1] === URL_KEYS[0];
      yield {
        entry,
        message: jwks
          ? `The JWKS endpoint in ${entry.key} is plain http: anyone on the network path can substitute their own signing keys and have the broker accept tokens they forged for any principal.`
          : `The token endpoint in ${entry.key} is plain http: the broker's client credentials and the tokens it receives cross the network unencrypted.`,
      };
    }
  },
});

/** OAUTHBEARER enabled on a listener, or used by this node to log in to other brokers or controllers. */
function usesOAuthBearer(doc: ConfigDocument): boolean {
  if (saslListenerMechanisms(doc).some((item) => item.mechanisms.includes('OAUTHBEARER'))) return true;
  return ['sasl.mechanism.inter.broker.protocol', 'sasl.mechanism.controller.protocol'].some((key) => doc.get(key)?.value.trim() === 'OAUTHBEARER');
}
