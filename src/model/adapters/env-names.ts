/**
 * How container images turn environment variable names into Kafka config keys. Each image
 * does it in its own start script, and the documentation of some disagrees with the code
 * (Confluent's page says `__` is `-` and `___` is `_`; the images do the opposite). These
 * functions follow the scripts, cited at each one; test/adapters/env-names.test.ts pins
 * them.
 */

/**
 * Confluent Platform images (cp-kafka, cp-server, cp-enterprise-kafka, cp-kafka-connect,
 * cp-server-connect, confluent-local): `env_to_props(prefix, '')` in
 * confluentinc/confluent-docker-utils `confluent/docker_utils/dub.py` and its Go successor
 * `envToProps` / `ConvertKey` in confluentinc/common-docker `base-java/ub/ub.go`:
 * lower-case, a single `_` between two other characters becomes `.`, then `___` becomes
 * `-` and `__` becomes `_`. (dub.py uses the look-around `(?<=[^_])_(?=[^_])`; ub.go's
 * `[^_]_[^_]` without look-around differs only for one-letter segments such as `A_B_C`,
 * which no Kafka key has.) The oldest dub.py (CP 3.x/4.x) split on every `_`; for names
 * without `__` both agree.
 */
export function confluentEnvKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/(?<=[^_])_(?=[^_])/g, '.')
    .replace(/___/g, '-')
    .replace(/__/g, '_');
}

/**
 * The apache/kafka image: `ConvertKey` in apache/kafka `docker/resources/utility/utility.go`
 * (regexp `[^_]_[^_]`, non-overlapping, each match's `_` → `.`; then `___` → `-`, `__` →
 * `_`; lower-case), applied to the name after `KAFKA_` (spec
 * `docker/resources/common-scripts/kafka-propertiesSpec.json`).
 */
export function apacheEnvKey(name: string): string {
  const single = name.replace(/[^_]_[^_]/g, (match) => match.replace('_', '.'));
  return single.replace(/___/g, '-').replace(/__/g, '_').toLowerCase();
}

/**
 * Images whose script maps every `_` to `.`: wurstmeister/kafka `start-kafka.sh`
 * (`tr _ .`), debezium/kafka and debezium/connect `docker-entrypoint.sh` (`tr _ .`),
 * strimzi-kafka-oauth's example image `simple_kafka_config.sh` (`tr _ .`).
 */
export function simpleEnvKey(name: string): string {
  return name.toLowerCase().replace(/_/g, '.');
}

/**
 * Bitnami's bitnami/kafka `libkafka.sh` `kafka_configure_from_environment_variables`:
 * `KAFKA_CFG_` removed, every `_` → `.`, lower-case; then `sasl.ssl` → `sasl_ssl` and
 * `sasl.plaintext` → `sasl_plaintext` (so `listener.name.sasl_ssl.…` works), and
 * `KAFKA_CFG_ZOOKEEPER_CLIENTCNXNSOCKET` → `zookeeper.clientCnxnSocket`.
 */
export function bitnamiEnvKey(nameAfterPrefix: string): string {
  if (nameAfterPrefix === 'ZOOKEEPER_CLIENTCNXNSOCKET') return 'zookeeper.clientCnxnSocket';
  return simpleEnvKey(nameAfterPrefix).replace(/sasl\.ssl/g, 'sasl_ssl').replace(/sasl\.plaintext/g, 'sasl_plaintext');
}

/**
 * kafka-ui (provectuslabs, kafbat): Spring Boot relaxed binding of
 * `KAFKA_CLUSTERS_<n>_PROPERTIES_<NAME>` into the map `kafka.clusters[n].properties`,
 * whose keys are the lower-cased name with `_` → `.`.
 */
export function springMapKey(name: string): string {
  return simpleEnvKey(name);
}
