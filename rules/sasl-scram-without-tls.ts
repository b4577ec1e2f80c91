import { defineRule } from '../src/rule-kit/index.js';
import { groupBySetting, listNames } from '../src/model/kafka/broker-listeners.js';
import { SCRAM_MECHANISMS, saslListenerMechanisms } from '../src/model/kafka/sasl-mechanisms.js';
import { isAtLeast, isPatchAtMost, patchVerdict, type KafkaVersion } from '../src/util/version.js';

export default defineRule({
  id: 'sasl-scram-without-tls',
  title: 'SCRAM logins run over an unencrypted listener',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'https://kafka.apache.org/documentation/#security_sasl_scram_security'],
  cwe: [319],

  *check(doc) {
    const exposed = saslListenerMechanisms(doc).filter(
      (item) => item.listener.protocol === 'SASL_PLAINTEXT' && item.mechanisms.some((mechanism) => SCRAM_MECHANISMS.includes(mechanism)),
    );
    const verdict = patchVerdict(doc.kafkaVersion, nonceUnchecked);
    const vulnerable = verdict === 'affected';
    for (const group of groupBySetting(exposed)) {
      if (!group.entry) continue;
      const names = group.items.map((item) => item.listener.name);
      const mechanisms = SCRAM_MECHANISMS.filter((mechanism) => group.items.some((item) => item.mechanisms.includes(mechanism)));
      const base = `${listNames(mechanisms)} ${mechanisms.length > 1 ? 'are' : 'is'} enabled on the SASL_PLAINTEXT listener${names.length > 1 ? 's' : ''} ${listNames(names)} (${group.key}): the SCRAM exchange and every record after it cross the network unencrypted`;
      yield {
        entry: group.entry,
        message: vulnerable
          ? `${base}, and ${doc.kafkaVersionText} does not verify the SCRAM nonce (CVE-2024-56128), so a captured login can be replayed.`
          : verdict === 'maybe'
            ? `${base}; the SCRAM protocol itself is only safe over TLS, and ${doc.kafkaVersionText} may not verify the SCRAM nonce (CVE-2024-56128, fixed in Kafka 3.7.2, 3.8.1 and 3.9.0; the patch level of this release is unknown).`
            : `${base}; the SCRAM protocol itself is only safe over TLS.`,
        ...(vulnerable ? { severity: 'high' as const, references: ['CVE-2024-56128'] } : verdict === 'maybe' ? { references: ['CVE-2024-56128'] } : {}),
        discriminator: names.join(',').toUpperCase(),
      };
    }
  },
});

/** CVE-2024-56128: 0.10.2.0 up to 3.7.1, and 3.8.0; fixed in 3.7.2, 3.8.1 and 3.9.0. */
function nonceUnchecked(version: KafkaVersion): boolean {
  if (!isAtLeast(version, '0.10.2')) return false;
  if (!isAtLeast(version, '3.7.2')) return true;
  return isPatchAtMost(version, 3, 8, 0);
}
