import { defineRule } from '../src/rule-kit/index.js';
import { servesRestApi, unauthenticatedRestListeners } from '../src/model/kafka/connect-worker.js';
import { overridePolicyOf } from '../src/model/kafka/connect-overrides.js';

export default defineRule({
  id: 'connect-override-policy-all',
  title: 'Connectors may override any setting of their Kafka clients',
  severity: 'high',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-458', 'KIP-722', 'KIP-1188', 'CVE-2023-25194', 'CVE-2024-31141', 'CVE-2025-27817', 'CVE-2025-27818', 'https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy'],
  cwe: [15, 94],

  *check(doc) {
    if (!servesRestApi(doc)) return;
    const policy = overridePolicyOf(doc);
    if (policy.kind !== 'All') return;
    const open = unauthenticatedRestListeners(doc).length > 0;
    // Strimzi's REST API is unauthenticated but served only inside the Kubernetes cluster,
    // behind the NetworkPolicy it generates (connect-rest-unauthenticated rates it medium).
    const inCluster = open && doc.format === 'strimzi';
    const severity = open && !inCluster ? 'critical' : 'high';
    const reach = inCluster
      ? "any pod that gets past Strimzi's NetworkPolicy to the unauthenticated in-cluster REST API"
      : open
        ? 'anyone who reaches the unauthenticated REST API'
        : 'every REST user';
    const impact = `${reach} can give a connector's clients any setting: JNDI/LDAP JAAS login modules, config providers that read worker files, OAuth URLs the worker fetches, classes to load, other brokers`;
    if (policy.entry) {
      yield { entry: policy.entry, severity, message: `Override policy connector.client.config.override.policy=${policy.name}: ${impact}.` };
      return;
    }
    yield {
      key: 'connector.client.config.override.policy',
      severity,
      message: `No connector.client.config.override.policy is set, and ${doc.kafkaVersionText} defaults to All (KIP-722, 3.0 to 4.x): ${impact}.`,
    };
  },
});
