import { defineRule } from '../src/rule-kit/index.js';
import type { Severity } from '../src/rule-kit/index.js';
import { parseJaasConfig } from '../src/model/kafka/jaas.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { connectorPolicyView, connectorRuntimeVersion, connectWorkersFor, describePolicies, OVERRIDE_PREFIXES, viewPermits } from '../src/model/kafka/connect-overrides.js';
import { isAtLeast } from '../src/util/version.js';

const MODULES = new Map([
  ['com.sun.security.auth.module.JndiLoginModule', { name: 'JndiLoginModule', cve: 'CVE-2023-25194', blockedSince: '3.4.0' }],
  ['com.sun.security.auth.module.LdapLoginModule', { name: 'LdapLoginModule', cve: 'CVE-2025-27818', blockedSince: '3.9.1' }],
]);

export default defineRule({
  id: 'connector-jndi-ldap-login-module',
  title: 'Connector config makes the worker load a JNDI or LDAP JAAS login module',
  severity: 'critical',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'rest-client',
  posture: 'development',
  references: ['CVE-2023-25194', 'CVE-2025-27818', 'CWE-502', 'CWE-917', 'https://kafka.apache.org/cve-list'],
  cwe: [502, 917],

  *check(doc, ctx) {
    const { version, source: versionText } = connectorRuntimeVersion(doc, connectWorkersFor(doc, ctx.deployment));
    for (const entry of doc.effectiveEntries()) {
      if (entry.key !== 'sasl.jaas.config' && !entry.key.endsWith('.sasl.jaas.config')) continue;
      // A `${…}` inside an option (a password) still leaves the module names readable.
      for (const module of parseJaasConfig(entry.value)) {
        const known = MODULES.get(module.className);
        if (!known) continue;
        const override = OVERRIDE_PREFIXES.some((prefix) => entry.key === `${prefix}sasl.jaas.config`);
        const view = override ? connectorPolicyView(doc, ctx.deployment) : undefined;
        const permitted = view ? viewPermits(view, 'sasl.jaas.config') : true;
        const blocked = isAtLeast(version, known.blockedSince);
        let severity: Severity;
        let status: string;
        if (override && !isAtLeast(version, '2.3')) {
          severity = 'medium';
          status = `${versionText} predates client overrides (2.3.0), so the override is ignored`;
        } else if (permitted === false) {
          severity = 'medium';
          status = `the override is rejected today (${describePolicies(view!)}), but one policy change makes it live`;
        } else if (blocked) {
          severity = 'high';
          status = `${versionText} blocks ${known.name} by default through org.apache.kafka.disallowed.login.modules, unless the worker JVM changes that property`;
        } else {
          severity = 'critical';
          status = `${versionText} does not block ${known.name} by default (fixed in ${known.blockedSince})`;
        }
        yield {
          entry,
          span: spanWithinValue(entry, module.offset, module.className.length),
          severity,
          references: [known.cve],
          message: `The JAAS config in ${entry.key} uses ${module.className} (${known.cve}): the worker contacts a directory server named in the config and deserializes its answer, remote code execution with the worker's rights; ${status}.`,
          discriminator: known.name,
        };
      }
    }
  },
});
