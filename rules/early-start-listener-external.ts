import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { controllerListenerNames, interBrokerListenerName, isKRaft, isUnknown, runsBroker, serverListeners } from '../src/model/kafka/broker-listeners.js';

export default defineRule({
  id: 'early-start-listener-external',
  title: 'A client listener starts before the authorizer has loaded its ACLs',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-696', 'https://kafka.apache.org/documentation/#brokerconfigs_early.start.listeners'],
  cwe: [696],

  *check(doc) {
    const entry = doc.get('early.start.listeners');
    if (!isKRaft(doc) || !entry || isUnknown(entry)) return;
    const internal = new Set(controllerListenerNames(doc).map((name) => name.toUpperCase()));
    // A listener chosen by inter.broker.listener.name is meant for brokers, not clients.
    const interBroker = runsBroker(doc) && doc.get('inter.broker.listener.name') ? interBrokerListenerName(doc)?.upper : undefined;
    if (interBroker) internal.add(interBroker);
    // Kafka refuses to start when early.start.listeners names a listener it does not have
    // (neither in listeners nor in controller.listener.names): nothing runs to be reported.
    const known = new Set(serverListeners(doc).map((listener) => listener.upper));
    let offset = 0;
    for (const part of entry.value.split(',')) {
      const name = part.trim();
      const start = offset + (part.length - part.trimStart().length);
      offset += part.length + 1;
      if (name === '' || internal.has(name.toUpperCase()) || (known.size > 0 && !known.has(name.toUpperCase()))) continue;
      yield {
        entry,
        span: spanWithinValue(entry, start, name.length),
        message: `Listener ${name} is in early.start.listeners but is neither a controller nor the inter-broker listener: it accepts client traffic before the authorizer has loaded the ACLs from the metadata log, which Kafka documents a listener accepting external traffic must not do.`,
        discriminator: name.toUpperCase(),
      };
    }
  },
});
