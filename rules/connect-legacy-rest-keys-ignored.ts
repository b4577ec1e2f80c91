import { defineRule } from '../src/rule-kit/index.js';
import { isLoopbackHost, servesRestApi } from '../src/model/kafka/connect-worker.js';
import { formatVersion, isAtLeast } from '../src/util/version.js';

export default defineRule({
  id: 'connect-legacy-rest-keys-ignored',
  title: 'Connect ignores its legacy REST host and port settings and listens on all interfaces',
  severity: 'low',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KAFKA-12482', 'https://kafka.apache.org/documentation/#upgrade_300_notable'],
  cwe: [1188],

  *check(doc) {
    if (!servesRestApi(doc) || !isAtLeast(doc.kafkaVersion, '3.0')) return;
    const listeners = doc.get('listeners');
    if (listeners && listeners.value.trim() !== '') return;
    const version = `Kafka ${formatVersion(doc.kafkaVersion)}${doc.kafkaVersionFromInput ? ' (version from the input)' : ''}`;
    for (const key of ['rest.host.name', 'rest.port']) {
      const entry = doc.get(key);
      if (!entry) continue;
      const restricted = key === 'rest.host.name' && !entry.isProviderReference && entry.value.trim() !== '' && entry.value.trim() !== '0.0.0.0';
      yield {
        entry,
        severity: restricted ? 'medium' : 'low',
        message: restricted
          ? `Setting ${key}=${entry.value.trim()} is ignored by ${version} (removed in 3.0.0) and listeners is not set: the REST API binds http://:8083 on all interfaces, not ${isLoopbackHost(entry.value) ? 'loopback' : entry.value.trim()} only.`
          : `Setting ${key} is ignored by ${version} (removed in 3.0.0) and listeners is not set: the REST API binds the default http://:8083 on all interfaces.`,
      };
    }
  },
});
