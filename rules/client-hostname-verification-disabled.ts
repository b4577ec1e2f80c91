import { defineRule } from '../src/rule-kit/index.js';
import { bootstrapIsLoopbackOnly, clientViews, resolveKey, securityProtocol, usesTls } from '../src/model/kafka/client-security.js';
import { isAtLeast } from '../src/util/version.js';
import { isUnknownValue } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'client-hostname-verification-disabled',
  title: 'Kafka client accepts any broker certificate regardless of host name',
  severity: 'high',
  component: 'client',
  appliesTo: ['client', 'worker'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-297', 'https://kafka.apache.org/documentation/#producerconfigs_ssl.endpoint.identification.algorithm', 'https://kafka.apache.org/documentation/#upgrade_200_notable'],
  cwe: [297],

  *check(doc) {
    for (const view of clientViews(doc)) {
      const protocol = securityProtocol(doc, view);
      if (!usesTls(protocol.value)) continue;
      const bootstrap = resolveKey(doc, view, 'bootstrap.servers');
      if (bootstrapIsLoopbackOnly(bootstrap.value)) continue;
      const algorithm = resolveKey(doc, view, 'ssl.endpoint.identification.algorithm');
      if (algorithm.entry) {
        if (isUnknownValue(algorithm.entry) || algorithm.entry.value.trim() !== '') continue;
        // Inherited by admin.* from the unprefixed key: reported once, there.
        if (view.prefix !== '' && !algorithm.entry.key.startsWith(view.prefix)) continue;
        yield {
          entry: algorithm.entry,
          message: `The empty ${algorithm.entry.key} makes ${view.label} accept any trusted certificate for any host name over ${protocol.value}: a man in the middle with any certificate from the same CA reads and alters the traffic.`,
          discriminator: view.prefix,
        };
        continue;
      }
      if (isAtLeast(doc.kafkaVersion, '2.0')) continue;
      // Before 2.0 the default was no hostname verification (https became the default in 2.0.0).
      if (view.prefix !== '' && protocol.entry?.key !== `${view.prefix}security.protocol`) continue;
      yield {
        key: `${view.prefix}ssl.endpoint.identification.algorithm`,
        message: `No ${view.prefix}ssl.endpoint.identification.algorithm is set, and ${doc.kafkaVersionText} does not verify broker host names by default (https became the default in 2.0.0).`,
        discriminator: view.prefix,
      };
    }
  },
});
