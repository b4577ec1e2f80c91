import { defineRule } from '../src/rule-kit/index.js';
import { isUnknownValue } from '../src/model/kafka/connect-worker.js';

export default defineRule({
  id: 'connector-dlq-context-headers-enabled',
  title: 'Sink connector copies exception messages and stack traces into its dead letter queue',
  severity: 'low',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'authenticated-client',
  posture: 'hardened',
  references: ['KIP-298', 'CWE-209', 'https://kafka.apache.org/documentation/#sinkconnectorconfigs_errors.deadletterqueue.context.headers.enable'],
  cwe: [209],

  *check(doc) {
    const entry = doc.get('errors.deadletterqueue.context.headers.enable');
    if (!entry || isUnknownValue(entry) || entry.value.trim().toLowerCase() !== 'true') return;
    const topic = doc.get('errors.deadletterqueue.topic.name');
    if (!topic || topic.value.trim() === '') return;
    yield {
      entry,
      message: `Setting errors.deadletterqueue.context.headers.enable=true adds each failure's exception class, message and stack trace to the records in ${isUnknownValue(topic) ? 'the dead letter queue' : topic.value.trim()}: every principal allowed to read that topic sees them, along with the failed records.`,
    };
  },
});
