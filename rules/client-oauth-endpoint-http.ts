import { defineRule } from '../src/rule-kit/index.js';
import { isLoopbackHost, isMirrorMakerConfig, isUnknownValue } from '../src/model/kafka/connect-worker.js';

const KEY = 'sasl.oauthbearer.token.endpoint.url';

export default defineRule({
  id: 'client-oauth-endpoint-http',
  title: 'Kafka client fetches OAuth tokens over cleartext http',
  severity: 'high',
  component: 'client',
  appliesTo: ['client', 'worker', 'connector'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'CWE-522', 'KIP-768', 'https://kafka.apache.org/documentation/#producerconfigs_sasl.oauthbearer.token.endpoint.url'],
  cwe: [319, 522],

  *check(doc) {
    if (doc.hasRole('broker') || doc.hasRole('controller')) return;
    for (const entry of doc.effectiveEntries()) {
      if (entry.key !== KEY && !entry.key.endsWith(`.${KEY}`)) continue;
      if (isUnknownValue(entry)) continue;
      const match = /^http:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(entry.value.trim());
      if (!match) continue;
      const host = match[1]!.replace(/^\[|\]$/g, '');
      if (isLoopbackHost(host)) continue;
      const who = isMirrorMakerConfig(doc) ? 'MirrorMaker' : doc.hasRole('connector') ? "the connector's client" : 'the client';
      yield {
        entry,
        message: `The token endpoint ${entry.key} is an http:// URL: ${who} sends its OAuth client secret to ${host} and receives bearer tokens in cleartext, readable and replayable by anyone on the path.`,
      };
    }
  },
});
