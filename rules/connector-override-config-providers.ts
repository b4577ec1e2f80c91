import { defineRule } from '../src/rule-kit/index.js';
import type { Severity } from '../src/rule-kit/index.js';
import { connectorPolicyView, connectorRuntimeVersion, connectWorkersFor, describePolicies, OVERRIDE_PREFIXES, viewPermits } from '../src/model/kafka/connect-overrides.js';
import { declaredProviders } from '../src/model/kafka/connect-providers.js';
import { isAtLeast } from '../src/util/version.js';

export default defineRule({
  id: 'connector-override-config-providers',
  title: 'Connector config declares config providers inside its Kafka clients',
  severity: 'high',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'rest-client',
  posture: 'development',
  references: ['CVE-2024-31141', 'CWE-22', 'CWE-526', 'https://kafka.apache.org/documentation/#config_providers'],
  cwe: [22, 526],

  *check(doc, ctx) {
    const { version, source: versionText } = connectorRuntimeVersion(doc, connectWorkersFor(doc, ctx.deployment));
    for (const prefix of OVERRIDE_PREFIXES) {
      const list = doc.get(`${prefix}config.providers`);
      if (!list) continue;
      const view = connectorPolicyView(doc, ctx.deployment);
      const permitted = viewPermits(view, 'config.providers');
      const classes = declaredProviders(doc, prefix)
        .map((provider) => provider.className)
        .filter((name): name is string => name !== undefined);
      const what = classes.length > 0 ? ` (${classes.join(', ')})` : '';
      let severity: Severity = 'high';
      let status: string;
      if (permitted === false) {
        severity = 'medium';
        status = `the override is rejected today (${describePolicies(view)})`;
      } else if (isAtLeast(version, '3.7.1')) {
        status = `${versionText} still instantiates them unless the worker JVM sets -Dorg.apache.kafka.automatic.config.providers=none`;
      } else {
        status = `${versionText} has no way to turn automatic config providers off (org.apache.kafka.automatic.config.providers arrived in 3.7.1 and 3.8.0)`;
      }
      yield {
        entry: list,
        severity,
        references: ['CVE-2024-31141'],
        message: `Override ${list.key} declares config providers${what} for the connector's own client (CVE-2024-31141): the client resolves \${…} references in its own settings with them, reading worker files and environment variables outside the workers' allowlists; ${status}.`,
      };
    }
  },
});
