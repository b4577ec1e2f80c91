import { defineRule } from '../src/rule-kit/index.js';
import { clientOverrides, connectorPolicyView, describePolicies, viewPermits, type OverridePrefix } from '../src/model/kafka/connect-overrides.js';
import { bootstrapIsLoopbackOnly } from '../src/model/kafka/client-security.js';
import { isUnknownValue } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'connector-client-security-downgrade',
  title: 'Connector overrides weaken the security of its Kafka clients',
  severity: 'high',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'CWE-297', 'KIP-458', 'https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy'],
  cwe: [319, 297],

  *check(doc, ctx) {
    const overrides = clientOverrides(doc);
    if (overrides.length === 0) return;
    const view = connectorPolicyView(doc, ctx.deployment);
    const value = (prefix: OverridePrefix, key: string): string | undefined => {
      const entry = doc.get(`${prefix}${key}`);
      return entry && !isUnknownValue(entry) ? entry.value.trim() : undefined;
    };
    for (const { entry, prefix, clientKey } of overrides) {
      if (isUnknownValue(entry)) continue;
      if (viewPermits(view, clientKey) === false) continue;
      if (bootstrapIsLoopbackOnly(value(prefix, 'bootstrap.servers'))) continue;
      const client = `the connector's ${prefix.slice(0, prefix.indexOf('.'))} client`;
      const accepted = describePolicies(view, clientKey);
      if (clientKey === 'security.protocol') {
        const protocol = entry.value.trim().toUpperCase();
        if (protocol === 'PLAINTEXT') {
          yield { entry, message: `Override ${entry.key}=${entry.value.trim()} makes ${client} talk to Kafka without encryption or authentication; ${accepted}.` };
        } else if (protocol === 'SASL_PLAINTEXT') {
          const plain = value(prefix, 'sasl.mechanism')?.toUpperCase() === 'PLAIN';
          yield {
            entry,
            severity: plain ? 'high' : 'medium',
            message: plain
              ? `Override ${entry.key}=${entry.value.trim()} with SASL/PLAIN makes ${client} send its password in cleartext; ${accepted}.`
              : `Override ${entry.key}=${entry.value.trim()} makes ${client} authenticate but send all records unencrypted; ${accepted}.`,
          };
        }
      } else if (clientKey === 'ssl.endpoint.identification.algorithm' && entry.value.trim() === '') {
        yield { entry, message: `Override ${entry.key} is empty, so ${client} accepts any broker certificate for any host name: a man in the middle can read and alter its traffic; ${accepted}.` };
      }
    }
  },
});
