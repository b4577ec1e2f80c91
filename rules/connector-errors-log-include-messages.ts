import { defineRule } from '../src/rule-kit/index.js';
import { isUnknownValue } from '../src/model/kafka/connect-worker.js';

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true';
}

export default defineRule({
  id: 'connector-errors-log-include-messages',
  title: 'Connector writes failed records’ contents to the worker log',
  severity: 'low',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'local-user',
  posture: 'production',
  references: ['KIP-298', 'CWE-532', 'https://kafka.apache.org/documentation/#sourceconnectorconfigs_errors.log.include.messages'],
  cwe: [532],

  *check(doc) {
    const entry = doc.get('errors.log.include.messages');
    if (!entry || isUnknownValue(entry) || !isTrue(entry.value)) return;
    // LogReporter only runs with errors.log.enable=true (default false).
    if (!isTrue(doc.get('errors.log.enable')?.value)) return;
    const connectorClass = doc.get('connector.class')?.value ?? '';
    // Debezium connectors are all source connectors, whatever their class is called.
    const source = /source/i.test(connectorClass.slice(connectorClass.lastIndexOf('.') + 1)) || connectorClass.trim().startsWith('io.debezium.connector.');
    yield {
      entry,
      severity: source ? 'medium' : 'low',
      message: source
        ? 'Setting errors.log.include.messages=true with errors.log.enable=true logs the key, value and headers of every failed record of this source connector: whoever reads the worker logs reads that data.'
        : 'Setting errors.log.include.messages=true with errors.log.enable=true logs the topic, partition and offset of every failed record, and for source connectors their key, value and headers, to the worker log.',
    };
  },
});
