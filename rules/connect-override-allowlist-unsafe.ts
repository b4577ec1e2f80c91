import { defineRule } from '../src/rule-kit/index.js';
import type { Severity } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { isUnknownValue, servesRestApi } from '../src/model/kafka/connect-worker.js';
import { overridePolicyOf } from '../src/model/kafka/connect-overrides.js';
import { DANGER_TEXT, dangerOf, type DangerKind } from '../src/model/kafka/connect-dangerous-keys.js';
import { isAtLeast, type KafkaVersion } from '../src/util/version.js';

/** JNDI is blocked by default from 3.4.0, LDAP from 3.9.1 (org.apache.kafka.disallowed.login.modules). */
function jaasSeverity(version: KafkaVersion): Severity {
  return isAtLeast(version, '3.9.1') ? 'medium' : 'high';
}

function severityOf(kind: DangerKind, version: KafkaVersion): Severity {
  if (kind === 'jaas') return jaasSeverity(version);
  if (kind === 'redirect' || kind === 'downgrade') return 'medium';
  return 'high';
}

export default defineRule({
  id: 'connect-override-allowlist-unsafe',
  title: 'Connector client override policy admits settings that load code or read files',
  severity: 'high',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-458', 'KIP-1188', 'CVE-2023-25194', 'CVE-2025-27818', 'https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy'],
  cwe: [15, 94],

  *check(doc) {
    if (!servesRestApi(doc)) return;
    const policy = overridePolicyOf(doc);
    const version = doc.kafkaVersion;
    if (policy.kind === 'Principal') {
      const blocked = isAtLeast(version, '3.9.1') ? ' (the default org.apache.kafka.disallowed.login.modules blocks only JNDI and LDAP)' : isAtLeast(version, '3.4') ? ' (this version blocks JndiLoginModule by default, not LdapLoginModule)' : ' (this version blocks no login module)';
      const entry = policy.entry;
      const message = `Override policy connector.client.config.override.policy=${policy.name} lets every REST user set sasl.jaas.config and security.protocol on a connector's clients: ${DANGER_TEXT.jaas}${blocked}.`;
      if (entry) yield { entry, severity: jaasSeverity(version), message };
      return;
    }
    if (policy.kind !== 'Allowlist' || !policy.allowlistEntry || isUnknownValue(policy.allowlistEntry)) return;
    const entry = policy.allowlistEntry;
    let offset = 0;
    for (const part of entry.value.split(',')) {
      const key = part.trim();
      const at = offset + part.indexOf(key);
      offset += part.length + 1;
      const kind = key === '' ? undefined : dangerOf(key);
      if (!kind) continue;
      yield {
        entry,
        span: spanWithinValue(entry, at, key.length),
        severity: severityOf(kind, version),
        message: `The allowlist connector.client.config.override.allowlist admits ${key}: a REST user can give a connector's clients ${DANGER_TEXT[kind]}.`,
        discriminator: key,
      };
    }
  },
});
