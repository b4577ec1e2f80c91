import { defineRule } from '../src/rule-kit/index.js';
import type { Severity } from '../src/rule-kit/index.js';
import { isDistributedWorker, isUnknownValue, restAuth, servesRestApi } from '../src/model/kafka/connect-worker.js';
import { isAtLeast } from '../src/util/version.js';

const UNSIGNED = new Set(['EAGER', 'COMPATIBLE']);

export default defineRule({
  id: 'connect-inter-worker-signing-disabled',
  title: 'Connect internal REST endpoints accept unsigned requests',
  severity: 'high',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-507', 'CWE-345', 'KAFKA-8404', 'https://kafka.apache.org/documentation/#connectconfigs_connect.protocol'],
  cwe: [345],

  *check(doc) {
    if (!servesRestApi(doc) || !isDistributedWorker(doc)) return;
    const version = doc.kafkaVersion;
    const basic = restAuth(doc).basic;
    // JaasBasicAuthFilter exempts the internal task-config endpoint (since 2.2.2) and relies on KIP-507 signatures instead.
    const exempt = basic && isAtLeast(version, '2.2.2');
    const severity: Severity = exempt ? 'critical' : 'high';
    const consequence = exempt
      ? 'BasicAuthSecurityRestExtension lets internal requests through unauthenticated, so anyone who reaches the REST port can write task configs (POST /connectors/{name}/tasks)'
      : 'a caller of the REST API can write task configs through POST /connectors/{name}/tasks without being a worker';
    const entry = doc.get('connect.protocol');
    if (entry) {
      if (isUnknownValue(entry)) return;
      const protocol = entry.value.trim().toUpperCase();
      if (!UNSIGNED.has(protocol)) return;
      const whole = ' One such worker downgrades the whole group, because the protocol is negotiated.';
      yield {
        entry,
        severity,
        message: isAtLeast(version, '2.4')
          ? `Setting connect.protocol=${entry.value.trim()} disables KIP-507 request signing: ${consequence}.${whole}`
          : `Setting connect.protocol=${entry.value.trim()}, and ${doc.kafkaVersionText} has no KIP-507 request signing at all (added in 2.4.0): ${consequence}.`,
      };
      return;
    }
    if (isAtLeast(version, '2.4')) return;
    yield {
      key: 'connect.protocol',
      severity,
      message: `${doc.kafkaVersionText} predates KIP-507 request signing (2.4.0), so connect.protocol cannot be sessioned: ${consequence}.`,
    };
  },
});
