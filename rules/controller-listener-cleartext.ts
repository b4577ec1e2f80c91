import { defineRule } from '../src/rule-kit/index.js';
import type { ConfigDocument } from '../src/model/config-document.js';
import { isCleartext, isKRaft, isLoopbackListener, isUnknown, serverListeners } from '../src/model/kafka/broker-listeners.js';
import { bootstrapIsLoopbackOnly } from '../src/model/kafka/client-security.js';

/**
 * The controllers a node dials are all on its own host: every endpoint of
 * controller.quorum.bootstrap.servers and controller.quorum.voters (`id@host:port`) is loopback.
 */
function controllersOnLoopback(doc: ConfigDocument): boolean {
  const endpoints = ['controller.quorum.bootstrap.servers', 'controller.quorum.voters'].map((key) => doc.get(key)).filter((entry) => entry !== undefined);
  if (endpoints.length === 0 || endpoints.some((entry) => isUnknown(entry))) return false;
  return endpoints.every((entry) => bootstrapIsLoopbackOnly(entry.value.split(',').map((voter) => voter.trim().replace(/^\d+@/, '')).join(',')));
}

export default defineRule({
  id: 'controller-listener-cleartext',
  title: 'KRaft controller traffic is unencrypted',
  severity: 'high',
  component: 'controller',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-319', 'https://kafka.apache.org/documentation/#kraft_config'],
  cwe: [319],

  *check(doc) {
    const names = doc.get('controller.listener.names');
    if (!isKRaft(doc) || !names || isUnknown(names)) return;
    for (const listener of serverListeners(doc)) {
      if (!listener.isController || !isCleartext(listener.protocol)) continue;
      // A controller listener this node opens with an explicit cleartext mapping is
      // reported on `listeners` by plaintext-listener / sasl-plaintext-listener.
      if (listener.listener && !listener.implicitProtocol) continue;
      // Controller traffic that never leaves the host (a single-host quickstart).
      if (listener.listener ? isLoopbackListener(listener) : controllersOnLoopback(doc)) continue;
      const how = listener.implicitProtocol
        ? `is PLAINTEXT because listener.security.protocol.map is not set (KRaft then maps controller listeners to PLAINTEXT)`
        : `is mapped to ${listener.protocol} in listener.security.protocol.map`;
      const side = listener.listener ? 'this controller accepts quorum and broker connections' : 'this broker reaches the controllers';
      yield {
        entry: names,
        message: `Controller listener ${listener.name} ${how}: ${side} unencrypted${listener.protocol === 'PLAINTEXT' ? ' and unauthenticated' : ''}, exposing cluster metadata (topics, ACLs, SCRAM credentials, configs).`,
        discriminator: listener.upper,
      };
    }
  },
});
