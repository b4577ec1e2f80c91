import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { describeListener, isUnknownValue, listenerRequiresClientCertificate, restAuth, restListeners, servesRestApi } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'connect-rest-error-details-exposed',
  title: 'Connect REST API returns exception messages and stack traces to unauthenticated callers',
  severity: 'low',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'hardened',
  references: ['KIP-587', 'KAFKA-9766', 'CWE-209', 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-587%3A+Suppress+detailed+responses+for+handled+exceptions+in+security-sensitive+environments'],
  cwe: [209],

  *check(doc) {
    // Strimzi keeps the REST API inside the cluster, normally behind a NetworkPolicy (connect-rest-unauthenticated says when not).
    if (!servesRestApi(doc) || doc.format === 'strimzi') return;
    // No config suppresses the details (KIP-587 is unmerged); a REST extension that gates or maps errors is the accepted workaround.
    if (restAuth(doc).extensions.length > 0 || isUnknownValue(doc.get('rest.extension.classes'))) return;
    const rest = restListeners(doc);
    if (!rest) return;
    const exposed = rest.listeners.filter((listener) => !listener.loopback && !listenerRequiresClientCertificate(doc, listener));
    if (exposed.length === 0) return;
    const first = exposed[0]!;
    const message = `REST listener ${describeListener(first)} serves error bodies with exception messages and /connectors/{name}/status with full stack traces, and no REST extension or loopback-only listener keeps callers from probing it (Kafka has no setting to suppress them, KIP-587).`;
    if (!rest.entry) {
      yield { key: 'listeners', message: `No listeners are set, so the default ${describeListener(first)} serves error bodies with exception messages and stack traces to any caller; Kafka has no setting to suppress them (KIP-587), so add a REST extension or bind the REST API to loopback.` };
      return;
    }
    yield {
      entry: rest.entry,
      span: rest.source === 'listeners' ? spanWithinValue(rest.entry, first.offset, first.text.length) : rest.entry.span,
      message,
    };
  },
});
