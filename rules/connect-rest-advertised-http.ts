import { defineRule } from '../src/rule-kit/index.js';
import { isDistributedWorker, isUnknownValue, restListeners, servesRestApi } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'connect-rest-advertised-http',
  title: 'Connect workers forward REST requests to each other over http although https is available',
  severity: 'medium',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'KAFKA-8404', 'https://kafka.apache.org/documentation/#connectconfigs_rest.advertised.listener'],
  cwe: [319],

  *check(doc) {
    if (!servesRestApi(doc) || !isDistributedWorker(doc)) return;
    const rest = restListeners(doc);
    if (!rest || rest.source !== 'listeners' || !rest.entry) return;
    const protocols = new Set(rest.listeners.map((listener) => listener.protocol));
    if (!protocols.has('https') || !protocols.has('http')) return;
    const advertised = doc.get('rest.advertised.listener');
    if (advertised) {
      if (isUnknownValue(advertised) || advertised.value.trim().toLowerCase() !== 'http') return;
      yield {
        entry: advertised,
        message: 'The advertised REST listener (rest.advertised.listener) is http while an https listener exists: followers forward REST requests to the leader, with the caller\'s Authorization header and connector configs, in cleartext.',
      };
      return;
    }
    // RestServer.determineAdvertisedProtocol: without rest.advertised.listener, http wins whenever listeners contains http://.
    yield {
      entry: rest.entry,
      message: 'The REST listeners include both http and https, and rest.advertised.listener is not set, so Kafka advertises the http one: followers forward REST requests to the leader, with the caller\'s Authorization header and connector configs, in cleartext.',
    };
  },
});
