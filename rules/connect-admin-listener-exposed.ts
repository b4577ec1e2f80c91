import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { adminListeners, describeListener, listenerRequiresClientCertificate, restAuth, servesRestApi } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'connect-admin-listener-exposed',
  title: 'Connect admin endpoints listen on a reachable interface without authentication',
  severity: 'medium',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-495', 'CWE-306', 'https://kafka.apache.org/documentation/#connectconfigs_admin.listeners'],
  cwe: [306],

  *check(doc) {
    if (!servesRestApi(doc)) return;
    const admin = adminListeners(doc);
    if (!admin) return;
    const auth = restAuth(doc);
    for (const listener of admin.listeners) {
      if (listener.loopback || listenerRequiresClientCertificate(doc, listener, 'admin.listeners.https.')) continue;
      const bypass = auth.authenticating && auth.extensions.length > 0
        ? ` REST extensions are not installed on admin listeners, so ${auth.extensions.join(', ')} does not protect it.`
        : '';
      yield {
        entry: admin.entry,
        span: spanWithinValue(admin.entry, listener.offset, listener.text.length),
        severity: auth.authenticating ? 'high' : 'medium',
        message: `Admin listener ${describeListener(listener)} (admin.listeners) has no TLS client authentication: anyone who reaches it can read and change log levels through /admin/loggers (DEBUG logging can write secrets to the logs).${bypass}`,
        discriminator: listener.text,
      };
    }
  },
});
