import { defineRule } from '../src/rule-kit/index.js';
import { clientOverrides, connectorPolicyView, describePolicies } from '../src/model/kafka/connect-overrides.js';
import { dangerOf } from '../src/model/kafka/connect-dangerous-keys.js';

function isSecurityKey(clientKey: string): boolean {
  return dangerOf(clientKey) !== undefined || clientKey.startsWith('sasl.') || clientKey.startsWith('ssl.');
}

export default defineRule({
  id: 'connector-security-override-unrestricted',
  title: 'Connector replaces its clients’ security settings under a policy that accepts any override',
  severity: 'medium',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-458', 'KIP-722', 'KIP-1188', 'https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy'],
  cwe: [15],

  *check(doc, ctx) {
    const security = clientOverrides(doc).filter((override) => isSecurityKey(override.clientKey));
    if (security.length === 0) return;
    const view = connectorPolicyView(doc, ctx.deployment);
    const all = view.policies.filter(({ policy }) => policy.kind === 'All');
    if (all.length === 0) return;
    const keys = [...new Set(security.map((override) => override.entry.key))];
    const shown = keys.length > 4 ? `${keys.slice(0, 4).join(', ')} and ${keys.length - 4} more` : keys.join(', ');
    yield {
      entry: security[0]!.entry,
      message: `This connector sets ${shown}, and ${describePolicies({ ...view, policies: all })}: the workers accept these and any other client setting from every REST caller. Use the Allowlist policy with exactly the keys this connector needs.`,
    };
  },
});
