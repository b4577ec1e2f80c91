import { defineRule } from '../src/rule-kit/index.js';
import { isLoopbackListener, isServerConfig, listenerSpan, openListeners } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'plaintext-listener',
  title: 'Listener accepts unencrypted, unauthenticated connections',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'CWE-306', 'https://kafka.apache.org/documentation/#security_overview'],
  cwe: [319, 306],

  *check(doc) {
    // A client file that role detection took for a broker has no listeners to judge.
    if (!isServerConfig(doc)) return;
    for (const listener of openListeners(doc)) {
      // KRaft's implicit controller mapping is reported by controller-listener-cleartext.
      if (listener.protocol !== 'PLAINTEXT' || listener.implicitProtocol || !listener.listener) continue;
      // Bound to loopback: only local users (trusted, §7) can connect.
      if (isLoopbackListener(listener)) continue;
      const { host, port, text } = listener.listener;
      if (!listener.entry) {
        yield {
          key: 'listeners',
          message: `No listeners are set, so Kafka opens its default PLAINTEXT listener ${text}: no encryption, no authentication.`,
          discriminator: listener.upper,
        };
        continue;
      }
      yield {
        entry: listener.entry,
        span: listenerSpan(listener) ?? listener.entry.span,
        message: `Listener ${listener.name} on ${host || 'all interfaces'}:${port} uses PLAINTEXT: no encryption, no authentication.`,
        discriminator: listener.upper,
      };
    }
  },
});
