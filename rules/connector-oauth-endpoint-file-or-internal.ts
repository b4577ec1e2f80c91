import { defineRule } from '../src/rule-kit/index.js';
import type { Severity } from '../src/rule-kit/index.js';
import { connectorPolicyView, connectorRuntimeVersion, connectWorkersFor, describePolicies, OVERRIDE_PREFIXES, viewPermits } from '../src/model/kafka/connect-overrides.js';
import { isLoopbackHost, isUnknownValue } from '../src/model/kafka/connect-worker.js';
import { systemFileKind } from '../src/model/kafka/connect-providers.js';
import { isAtLeast } from '../src/util/version.js';

const URL_KEYS = ['sasl.oauthbearer.token.endpoint.url', 'sasl.oauthbearer.jwks.endpoint.url'];
const FILE_KEYS = ['sasl.oauthbearer.assertion.file', 'sasl.oauthbearer.assertion.private.key.file', 'sasl.oauthbearer.assertion.template.file'];

/** Cloud metadata services and other hosts a worker reaches that an outsider cannot. */
function internalHost(host: string): string | undefined {
  const lower = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (isLoopbackHost(lower) || lower === '0.0.0.0') return 'the worker itself';
  if (/^169\.254\./.test(lower) || lower === 'fd00:ec2::254' || lower === '100.100.100.200' || lower === 'metadata.google.internal' || lower === 'metadata') return 'the cloud metadata service';
  if (/^fe80:/.test(lower)) return 'a link-local address';
  return undefined;
}

function hostOfUrl(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  return match?.[1];
}

/** Why a value points where no connector needs to: a file, the worker, the metadata service. */
function targetOf(clientKey: string, value: string): string | undefined {
  const trimmed = value.trim();
  if (FILE_KEYS.includes(clientKey)) {
    const kind = systemFileKind(trimmed);
    return kind ? `${trimmed}, ${kind}` : undefined;
  }
  if (/^file:/i.test(trimmed)) return `a file: URL (${trimmed.replace(/^file:(\/\/)?/i, '')})`;
  const host = hostOfUrl(trimmed);
  if (host === undefined) return undefined;
  const internal = internalHost(host);
  return internal ? `${internal} (${host})` : undefined;
}

export default defineRule({
  id: 'connector-oauth-endpoint-file-or-internal',
  title: 'Connector config points its clients’ OAuth endpoints at worker files or internal hosts',
  severity: 'critical',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'rest-client',
  posture: 'development',
  references: ['CVE-2025-27817', 'CWE-918', 'CWE-73', 'KIP-768', 'https://kafka.apache.org/cve-list'],
  cwe: [918, 73],

  *check(doc, ctx) {
    const { version, source: versionText } = connectorRuntimeVersion(doc, connectWorkersFor(doc, ctx.deployment));
    for (const entry of doc.effectiveEntries()) {
      if (isUnknownValue(entry)) continue;
      const clientKey = [...URL_KEYS, ...FILE_KEYS].find((key) => entry.key === key || entry.key.endsWith(`.${key}`));
      if (!clientKey) continue;
      const target = targetOf(clientKey, entry.value);
      if (!target) continue;
      const override = OVERRIDE_PREFIXES.some((prefix) => entry.key === `${prefix}${clientKey}`);
      const view = override ? connectorPolicyView(doc, ctx.deployment) : undefined;
      const permitted = view ? viewPermits(view, clientKey) : true;
      let severity: Severity;
      let status: string;
      if (permitted === false) {
        severity = 'medium';
        status = `the override is rejected today (${describePolicies(view!)})`;
      } else if (!isAtLeast(version, '3.1')) {
        severity = 'low';
        status = `${versionText} predates OAuth endpoint support (3.1.0, KIP-768), so the key is ignored`;
      } else if (isAtLeast(version, '4.0')) {
        severity = 'high';
        status = `${versionText} refuses URLs and files missing from org.apache.kafka.sasl.oauthbearer.allowed.urls / allowed.files by default, unless the worker JVM lists them`;
      } else {
        severity = 'critical';
        status = `${versionText} fetches any URL or file here by default (the allowlist system property arrived in 3.9.1 and denies by default only from 4.0.0)`;
      }
      yield {
        entry,
        severity,
        message: `The OAuth setting ${entry.key} points at ${target} (CVE-2025-27817): the worker reads it on the connector's behalf and its content can surface in errors and logs; ${status}.`,
      };
    }
  },
});
