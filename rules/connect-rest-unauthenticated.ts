import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { describeListener, listenerRequiresClientCertificate, restAuth, restListeners, servesRestApi } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'connect-rest-unauthenticated',
  title: 'Connect REST API accepts requests from anyone who can reach it',
  severity: 'critical',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['CWE-306', 'https://kafka.apache.org/documentation/#connect_rest', 'https://kafka.apache.org/documentation/#connectconfigs_rest.extension.classes'],
  cwe: [306],

  *check(doc) {
    if (!servesRestApi(doc)) return;
    const auth = restAuth(doc);
    if (auth.authenticating) return;
    const rest = restListeners(doc);
    if (!rest) return;
    const why = auth.extensions.length > 0 ? `the configured REST extensions (${auth.extensions.join(', ')}) do not authenticate callers` : 'rest.extension.classes names no authenticating REST extension';
    for (const listener of rest.listeners) {
      if (listener.loopback || listenerRequiresClientCertificate(doc, listener)) continue;
      const tls = listener.protocol === 'https' ? ', and ssl.client.auth is not required' : '';
      const impact = 'anyone who reaches it can create, reconfigure and delete connectors and read every connector config';
      if (!rest.entry) {
        yield {
          key: 'listeners',
          message: `No listeners are set, so the Connect REST API listens on the default ${describeListener(listener)} and ${why}: ${impact}.`,
          discriminator: listener.text,
        };
        continue;
      }
      const from = rest.source === 'legacy' ? ` (built from the legacy ${rest.entry.key})` : '';
      if (doc.format === 'strimzi') {
        // Strimzi forbids listeners and rest.*: the REST API is always plain http on 8083, behind a ClusterIP
        // service and, when KafkaConnector resources are used, a NetworkPolicy that admits only the Cluster Operator.
        yield {
          entry: rest.entry,
          severity: 'medium',
          message: `Strimzi serves the Connect REST API unauthenticated on ${listener.text} (its REST service inside the Kubernetes cluster); only its generated NetworkPolicy, created when KafkaConnector resources are enabled and enforced only by a CNI that supports it, keeps other pods in the cluster from creating connectors and reading their configs.`,
          discriminator: listener.text,
        };
        continue;
      }
      yield {
        entry: rest.entry,
        span: rest.source === 'listeners' ? spanWithinValue(rest.entry, listener.offset, listener.text.length) : rest.entry.span,
        message: `REST listener ${describeListener(listener)}${from} is unauthenticated: ${why}${tls}; ${impact}.`,
        discriminator: listener.text,
      };
    }
  },
});
