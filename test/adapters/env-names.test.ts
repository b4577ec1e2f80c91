import { describe, expect, test } from 'vitest';
import { apacheEnvKey, bitnamiEnvKey, confluentEnvKey, simpleEnvKey, springMapKey } from '../../src/model/adapters/env-names.js';

/**
 * Each image's own decoding, from its start script (cited in env-names.ts). Confluent's
 * documentation says `__` → `-` and `___` → `_`; the images do the opposite, and these
 * cases pin what the images do.
 */
describe('environment variable names → Kafka keys', () => {
  test.each([
    ['ADVERTISED_LISTENERS', 'advertised.listeners'],
    ['LISTENER_SECURITY_PROTOCOL_MAP', 'listener.security.protocol.map'],
    ['LISTENER_NAME_SASL__SSL_PLAIN_SASL_JAAS_CONFIG', 'listener.name.sasl_ssl.plain.sasl.jaas.config'],
    ['CONFLUENT_BALANCER_HEAL___UNEVEN_LOAD', 'confluent.balancer.heal-uneven.load'],
    ['OFFSET__SYNCS_TOPIC_REPLICATION_FACTOR', 'offset_syncs.topic.replication.factor'],
    ['OFFSET___SYNCS_TOPIC_REPLICATION_FACTOR', 'offset-syncs.topic.replication.factor'],
  ])('Confluent images (dub.py / ub.go): %s → %s', (name, key) => {
    expect(confluentEnvKey(name)).toBe(key);
  });

  test.each([
    ['ADVERTISED_LISTENERS', 'advertised.listeners'],
    ['LISTENER_NAME_SASL__SSL_PLAIN_SASL_JAAS_CONFIG', 'listener.name.sasl_ssl.plain.sasl.jaas.config'],
    ['OFFSET___SYNCS_TOPIC_REPLICATION_FACTOR', 'offset-syncs.topic.replication.factor'],
    // utility.go's `[^_]_[^_]` does not overlap: a one-letter segment keeps its second `_`.
    ['A_B_C', 'a.b_c'],
  ])('apache/kafka (utility.go ConvertKey): %s → %s', (name, key) => {
    expect(apacheEnvKey(name)).toBe(key);
  });

  test('Confluent (look-around) and apache (non-overlapping) differ only for one-letter segments', () => {
    expect(confluentEnvKey('A_B_C')).toBe('a.b.c');
  });

  test.each([
    ['ADVERTISED_LISTENERS', 'advertised.listeners'],
    ['LISTENER_NAME_SASL_SSL_PLAIN_SASL_JAAS_CONFIG', 'listener.name.sasl_ssl.plain.sasl.jaas.config'],
    ['LISTENER_NAME_CLIENT_SASL_PLAINTEXT_X', 'listener.name.client.sasl_plaintext.x'],
    ['ZOOKEEPER_CLIENTCNXNSOCKET', 'zookeeper.clientCnxnSocket'],
    ['SSL_CLIENT_AUTH', 'ssl.client.auth'],
  ])('bitnami/kafka KAFKA_CFG_%s → %s', (name, key) => {
    expect(bitnamiEnvKey(name)).toBe(key);
  });

  test.each([
    ['ADVERTISED_HOST_NAME', 'advertised.host.name'],
    ['OFFSET__SYNCS', 'offset..syncs'],
  ])('wurstmeister, debezium, strimzi example images (tr _ .): %s → %s', (name, key) => {
    expect(simpleEnvKey(name)).toBe(key);
  });

  test('kafka-ui KAFKA_CLUSTERS_0_PROPERTIES_* keys (Spring relaxed binding)', () => {
    expect(springMapKey('SASL_JAAS_CONFIG')).toBe('sasl.jaas.config');
  });
});
