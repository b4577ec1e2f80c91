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
  // YAML adapters (Strimzi, docker-compose, Confluent for Kubernetes) register here.
}
