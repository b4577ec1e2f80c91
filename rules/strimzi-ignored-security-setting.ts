import { defineRule } from '../src/rule-kit/index.js';
import { STRIMZI_IGNORED_KEY } from '../src/model/adapters/note-kinds.js';

/**
 * Keys of Strimzi's forbidden lists that carry security: what a user writes there to
 * harden the cluster is silently dropped. (Forbidden keys such as `log.dirs`, `broker.id`,
 * `plugin.path` or `tasks.max` are dropped too, but only change where or how much.)
 */
const SECURITY_KEY =
  /^(ssl\.|sasl\.|security\.|listeners$|listeners\.|listener\.|advertised\.|inter\.broker\.listener\.name$|authorizer\.|super\.users?$|password\.|rest\.|controller\.listener\.names$|zookeeper\.(set\.acl|ssl|clientcnxnsocket)|(consumer|producer)\.interceptor\.classes$)/i;

export default defineRule({
  id: 'strimzi-ignored-security-setting',
  title: 'A security setting in a Strimzi resource is silently ignored',
  severity: 'medium',
  component: 'broker',
  appliesTo: ['broker', 'controller', 'worker', 'connector'],
  attacker: 'network-client',
  posture: 'production',
  references: [
    'https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaClusterSpec-reference',
    'https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaConnectSpec-reference',
    'CWE-1188',
  ],
  cwe: [1188],

  *check(doc) {
    if (doc.format !== 'strimzi') return;
    for (const note of doc.notes) {
      if (note.kind !== STRIMZI_IGNORED_KEY || !SECURITY_KEY.test(note.entry.key)) continue;
      yield {
        entry: note.entry,
        message: `Strimzi ignores ${note.entry.key} in ${note.entry.origin ?? 'the resource'}: ${note.detail}, so this security setting never reaches Kafka; use the resource's own fields (listeners, authentication, authorization, tls) instead.`,
      };
    }
  },
});
