import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { describeListener, restAuth, restListeners, servesRestApi } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'connect-basic-auth-over-http',
  title: 'Connect REST Basic authentication credentials cross the network in cleartext',
  severity: 'high',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'CWE-523', 'KIP-208', 'KIP-285', 'https://kafka.apache.org/documentation/#connect_rest'],
  cwe: [319, 523],

  *check(doc) {
    if (!servesRestApi(doc)) return;
    const auth = restAuth(doc);
    if (!auth.basic) return;
    const rest = restListeners(doc);
    if (!rest) return;
    for (const listener of rest.listeners) {
      if (listener.protocol !== 'http' || listener.loopback) continue;
      const message = `BasicAuthSecurityRestExtension is enabled but REST listener ${describeListener(listener)} is plain http: every request carries a reusable user:password in its Authorization header, readable by anyone on the network path.`;
      if (!rest.entry) {
        yield {
          key: 'listeners',
          message: `No listeners are set, so the REST API uses the default http://:8083 while BasicAuthSecurityRestExtension is enabled: every request carries a reusable user:password in its Authorization header, readable by anyone on the network path.`,
          discriminator: listener.text,
        };
        continue;
      }
      yield {
        entry: rest.entry,
        span: rest.source === 'listeners' ? spanWithinValue(rest.entry, listener.offset, listener.text.length) : rest.entry.span,
        message,
        discriminator: listener.text,
      };
    }
  },
});
