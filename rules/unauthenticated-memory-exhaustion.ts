import { defineRule, lowerSeverity } from '../src/rule-kit/index.js';
import { isSasl, isServerConfig, openListeners, unauthenticatedListeners } from '../src/model/kafka/broker-listeners.js';
import { isPatchAtMost, patchVerdict, type KafkaVersion } from '../src/util/version.js';

/** CVE-2022-34917: 2.8.0–2.8.1, 3.0.0–3.0.1, 3.1.0–3.1.1, 3.2.0–3.2.1; fixed in 2.8.2, 3.0.2, 3.1.2, 3.2.3. */
const AFFECTED: Record<string, number> = { '2.8': 1, '3.0': 1, '3.1': 1, '3.2': 1 };
/** The fixing release of each affected line (3.2.2 was never released). */
const FIXED: Record<string, string> = { '2.8': '2.8.2', '3.0': '3.0.2', '3.1': '3.1.2', '3.2': '3.2.3' };

export default defineRule({
  id: 'unauthenticated-memory-exhaustion',
  title: 'Unauthenticated clients can exhaust broker memory (CVE-2022-34917)',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CVE-2022-34917', 'CWE-789', 'https://kafka.apache.org/cve-list'],
  cwe: [789],

  *check(doc) {
    const verdict = patchVerdict(doc.kafkaVersion, affected);
    if (verdict === 'fixed' || !isServerConfig(doc)) return;
    // SSL listeners that require a client certificate admit only authenticated clients.
    const anonymous = new Set(unauthenticatedListeners(doc).map((listener) => listener.upper));
    const names = openListeners(doc)
      .filter((listener) => isSasl(listener.protocol) || anonymous.has(listener.upper))
      .map((listener) => listener.name);
    if (names.length === 0) return;
    const entry = doc.get('listeners');
    const accept = `listener${names.length > 1 ? 's' : ''} ${names.join(', ')} accept${names.length > 1 ? '' : 's'} such clients`;
    const message =
      verdict === 'maybe'
        ? `${doc.kafkaVersionText} may let clients that have not authenticated make the broker allocate large buffers until it runs out of memory (CVE-2022-34917, fixed in Kafka ${fixedIn(doc.kafkaVersion)}; the patch level of this release is unknown, so check that it carries the fix); ${accept}.`
        : `${doc.kafkaVersionText} lets clients that have not authenticated make the broker allocate large buffers until it runs out of memory (CVE-2022-34917); ${accept}.`;
    const severity = verdict === 'maybe' ? { severity: lowerSeverity('high') } : {};
    if (entry) yield { entry, message, ...severity };
    else yield { key: 'listeners', message, ...severity };
  },
});

function fixedIn(version: KafkaVersion): string {
  return FIXED[`${version.major}.${version.minor}`] ?? 'a later patch release';
}

function affected(version: KafkaVersion): boolean {
  const last = AFFECTED[`${version.major}.${version.minor}`];
  return last !== undefined && isPatchAtMost(version, version.major, version.minor, last);
}
