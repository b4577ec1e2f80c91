import { defineRule } from '../src/rule-kit/index.js';
import { effectiveProtocolMap, interBrokerListenerName, isCleartext, isLoopbackListener, isServerConfig, protocolIn, runsBroker, serverListeners } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'inter-broker-cleartext',
  title: 'Brokers replicate data to each other unencrypted',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'https://kafka.apache.org/documentation/#security_configbroker'],
  cwe: [319],

  *check(doc) {
    if (!runsBroker(doc) || !isServerConfig(doc)) return;
    const interBroker = interBrokerListenerName(doc);
    const protocols = effectiveProtocolMap(doc);
    if (!interBroker || !protocols) return;
    // Kafka refuses to start when the inter-broker listener is not one of its listeners.
    const listener = serverListeners(doc).find((candidate) => candidate.upper === interBroker.upper && candidate.listener);
    // Replication over a loopback listener never leaves the host (a single-host cluster).
    if (!listener || isLoopbackListener(listener)) return;
    const protocol = protocolIn(interBroker.upper, protocols);
    if (!isCleartext(protocol)) return;
    const what = protocol === 'PLAINTEXT' ? 'replication traffic is neither encrypted nor authenticated' : 'replication traffic crosses the network unencrypted';
    if (!interBroker.entry) {
      yield {
        key: 'security.inter.broker.protocol',
        message: `Neither inter.broker.listener.name nor security.inter.broker.protocol is set, so brokers talk to each other over the ${listener.name} listener with PLAINTEXT: ${what}.`,
      };
      return;
    }
    yield {
      entry: interBroker.entry,
      message: `Brokers talk to each other over listener ${listener.name} (${protocol}), chosen by ${interBroker.key}: ${what}.`,
    };
  },
});
