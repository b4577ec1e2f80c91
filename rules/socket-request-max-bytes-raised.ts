import { defineRule } from '../src/rule-kit/index.js';
import { isUnknown, unauthenticatedListeners } from '../src/model/kafka/broker-listeners.js';
import { formatBytes, parseNumber, SOCKET_REQUEST_MAX_BYTES_DEFAULT } from '../src/model/kafka/broker-limits.js';

export default defineRule({
  id: 'socket-request-max-bytes-raised',
  title: 'Clients can make the broker buffer requests larger than the 100 MiB default bound',
  severity: 'low',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-770', 'https://kafka.apache.org/documentation/#brokerconfigs_socket.request.max.bytes'],
  cwe: [770],

  *check(doc) {
    const entry = doc.get('socket.request.max.bytes');
    const size = parseNumber(entry?.value);
    if (!entry || isUnknown(entry) || size === undefined || size <= SOCKET_REQUEST_MAX_BYTES_DEFAULT) return;
    const open = unauthenticatedListeners(doc).map((listener) => listener.name);
    const who = open.length > 0 ? `any client, unauthenticated ones on ${open.join(', ')} included,` : 'any authenticated client';
    yield {
      entry,
      message: `The socket.request.max.bytes setting raises the request size limit to ${formatBytes(size)} (default ${formatBytes(SOCKET_REQUEST_MAX_BYTES_DEFAULT)}): ${who} can make the broker buffer that much per request, up to queued.max.requests of them.`,
    };
  },
});
