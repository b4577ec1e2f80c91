/**
 * Readers for syntaxes whose parsers are heavy; each is imported only when a scan meets
 * a file of its kind, so a pre-commit run over one .properties file never loads them.
 */
let registered = false;

export function registerReaders(): void {
  if (registered) return;
  registered = true;
  // YAML adapters (Strimzi, docker-compose, Confluent for Kubernetes) register here.
}
