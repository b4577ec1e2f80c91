import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { isUnknownValue, restAuth, servesRestApi } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'connect-cors-any-origin',
  title: 'Any web page can script the Connect REST API from a visitor’s browser',
  severity: 'high',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['CWE-942', 'CWE-352', 'KAFKA-3424', 'https://kafka.apache.org/documentation/#connectconfigs_access.control.allow.origin'],
  cwe: [942, 352],

  *check(doc) {
    if (!servesRestApi(doc)) return;
    const entry = doc.get('access.control.allow.origin');
    if (!entry || isUnknownValue(entry)) return;
    let offset = 0;
    for (const part of entry.value.split(',')) {
      const origin = part.trim();
      const at = offset + part.indexOf(origin);
      offset += part.length + 1;
      if (origin !== '*' && origin.toLowerCase() !== 'null') continue;
      const authenticated = restAuth(doc).authenticating;
      const what = origin === '*' ? 'every origin (*)' : 'the origin null (sandboxed frames, file: pages)';
      yield {
        entry,
        span: spanWithinValue(entry, at, origin.length),
        severity: authenticated ? 'medium' : 'high',
        message: authenticated
          ? `Setting access.control.allow.origin allows ${what}: a page the operator visits can send REST requests with the browser's stored credentials (CrossOriginFilter allows credentials by default).`
          : `Setting access.control.allow.origin allows ${what} and the REST API is unauthenticated: any web page a visitor on the network opens can create connectors through it.`,
        discriminator: origin,
      };
    }
  },
});
