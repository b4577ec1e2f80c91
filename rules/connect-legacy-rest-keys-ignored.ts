import { defineRule } from '../src/rule-kit/index.js';
import { isLoopbackHost, isUnknownValue, servesRestApi } from '../src/model/kafka/connect-worker.js';
import { isAtLeast } from '../src/util/version.js';

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
    const version = doc.kafkaVersionText;
    for (const key of ['rest.host.name', 'rest.port']) {
      const entry = doc.get(key);
      if (!entry || isUnknownValue(entry) || entry.isTemplate) continue;
      const value = entry.value.trim();
      // Values the default http://:8083 already matches change nothing.
      if (key === 'rest.port' && (value === '8083' || value === '')) continue;
      if (key === 'rest.host.name' && (value === '' || value === '0.0.0.0')) continue;
      yield {
        entry,
        severity: key === 'rest.host.name' ? 'medium' : 'low',
        message:
          key === 'rest.host.name'
            ? `Setting rest.host.name=${value} is ignored by ${version} (removed in 3.0.0) and listeners is not set: the REST API binds http://:8083 on all interfaces, not ${isLoopbackHost(value) ? 'loopback' : value} only.`
            : `Setting rest.port=${value} is ignored by ${version} (removed in 3.0.0) and listeners is not set: the REST API listens on the default port 8083, on all interfaces, not on ${value}.`,
      };
    }
  },
});
