import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { clientOverrides, connectorPolicyView, describePolicies, viewPermits } from '../src/model/kafka/connect-overrides.js';
import { isClassLoadingKey } from '../src/model/kafka/connect-dangerous-keys.js';
import { isUnknownValue } from '../src/model/kafka/connect-worker.js';

/**
 * Class families that connectors commonly and legitimately set through overrides:
 * Kafka's own classes, Confluent monitoring interceptors, AWS MSK IAM and Strimzi OAuth
 * callback handlers.
 */
const KNOWN_PREFIXES = ['org.apache.kafka.', 'io.confluent.monitoring.clients.interceptor.', 'software.amazon.msk.auth.iam.', 'io.strimzi.kafka.oauth.'];

export default defineRule({
  id: 'connector-override-class-loading',
  title: 'Connector config makes the worker load classes of its choosing into its clients',
  severity: 'high',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-458', 'CWE-470', 'https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy'],
  cwe: [470],

  *check(doc, ctx) {
    const overrides = clientOverrides(doc).filter((override) => isClassLoadingKey(override.clientKey) && !isUnknownValue(override.entry));
    if (overrides.length === 0) return;
    const view = connectorPolicyView(doc, ctx.deployment);
    for (const { entry, clientKey } of overrides) {
      if (viewPermits(view, clientKey) === false) continue;
      let offset = 0;
      for (const part of entry.value.split(',')) {
        const name = part.trim();
        const at = offset + part.indexOf(name);
        offset += part.length + 1;
        if (name === '' || KNOWN_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
        yield {
          entry,
          span: spanWithinValue(entry, at, name.length),
          message: `Override ${entry.key} makes the worker instantiate ${name} inside the connector's client, with the worker's rights and credentials; ${describePolicies(view, clientKey)}.`,
          discriminator: name,
        };
      }
    }
  },
});
