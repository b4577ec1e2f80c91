import { defineRule } from '../src/rule-kit/index.js';
import { isLoopbackListener, listenerSpan, openListeners } from '../src/model/kafka/broker-listeners.js';
import { saslListenerMechanisms } from '../src/model/kafka/sasl-mechanisms.js';

/** What a mechanism's exchange gives away when it crosses the network in cleartext. */
const EXPOSED: Record<string, string> = { PLAIN: 'PLAIN passwords', OAUTHBEARER: 'OAuth bearer tokens' };

export default defineRule({
  id: 'sasl-plaintext-listener',
  title: 'Listener authenticates clients but sends all data unencrypted',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'https://kafka.apache.org/documentation/#security_overview'],
  cwe: [319],

  *check(doc) {
    const mechanisms = new Map(saslListenerMechanisms(doc).map((item) => [item.listener.upper, item.mechanisms]));
    for (const listener of openListeners(doc)) {
      if (listener.protocol !== 'SASL_PLAINTEXT' || !listener.listener || !listener.entry) continue;
      // Bound to loopback: the traffic never leaves the host.
      if (isLoopbackListener(listener)) continue;
      const role = listener.isController ? ' (the KRaft controller listener)' : listener.isInterBroker ? ' (the inter-broker listener)' : '';
      const where = `${listener.listener.host || 'all interfaces'}:${listener.listener.port}`;
      // Only the credentials of mechanisms this listener enables (a provider reference leaves them unknown).
      const exposed = (mechanisms.get(listener.upper) ?? []).flatMap((mechanism) => (EXPOSED[mechanism] ? [EXPOSED[mechanism]] : []));
      const among = exposed.length > 0 ? ` (${exposed.join(' and ')} among them)` : '';
      yield {
        entry: listener.entry,
        span: listenerSpan(listener),
        message: `Listener ${listener.name}${role} on ${where} uses SASL_PLAINTEXT: it authenticates clients, but records and SASL exchanges${among} cross the network unencrypted.`,
        discriminator: listener.upper,
      };
    }
  },
});
