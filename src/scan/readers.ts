import { registerLazyReader } from '../model/build.js';

/**
 * Readers for syntaxes whose parsers are heavy; each is imported only when a scan meets
 * a file of its kind, so a pre-commit run over one .properties file never loads them.
 */
let registered = false;

export function registerReaders(): void {
  if (registered) return;
  registered = true;
  // JAAS login configuration files (kafka_server_jaas.conf): one document per section.
  registerLazyReader('jaas', async () => (await import('../model/adapters/jaas-file.js')).readJaasFile);
  // YAML adapters (Strimzi, docker-compose, Confluent for Kubernetes, Helm values): loads `yaml`.
  registerLazyReader('yaml', async () => (await import('../model/adapters/yaml.js')).readYaml);
  // Kafka client configs in JavaScript / TypeScript (kafkajs, node-rdkafka, confluent-kafka-javascript): loads @babel/parser.
  registerLazyReader('javascript', async () => (await import('../model/adapters/javascript.js')).readJavaScript);
}
