import { describe, expect, test } from 'vitest';
import { at, entryOf, yamlDrafts } from './helpers.js';

describe('Helm values', () => {
  test('cp-helm-charts cp-kafka: configurationOverrides and the chart\'s PLAINTEXT listener', () => {
    const [kafka] = yamlDrafts(
      ['image: confluentinc/cp-enterprise-kafka', 'imageTag: 6.1.0', 'configurationOverrides:', '  "offsets.topic.replication.factor": "3"', '  "listener.security.protocol.map": |-', '    PLAINTEXT:PLAINTEXT,EXTERNAL:PLAINTEXT'].join('\n'),
      'charts/cp-kafka/values.yaml',
    );
    expect(kafka!.format).toBe('helm');
    expect(kafka!.roles).toEqual(['broker']);
    expect(kafka!.entries.map(at)).toEqual([
      ['listeners', 'PLAINTEXT://0.0.0.0:9092', 3, 1],
      ['offsets.topic.replication.factor', '3', 4, 3],
      ['listener.security.protocol.map', 'PLAINTEXT:PLAINTEXT,EXTERNAL:PLAINTEXT', 5, 3],
    ]);
  });

  test('cp-helm-charts cp-kafka-connect: a worker; customEnv CONNECT_* decoded as the image does', () => {
    const [connect] = yamlDrafts(
      ['image: confluentinc/cp-kafka-connect', 'configurationOverrides:', '  "plugin.path": "/usr/share/java"', 'customEnv:', '  CONNECT_PRODUCER_INTERCEPTOR_CLASSES: "x"'].join('\n'),
      'charts/cp-kafka-connect/values.yaml',
    );
    expect(connect!.roles).toEqual(['worker']);
    expect(connect!.entries.map(at)).toEqual([
      ['plugin.path', '/usr/share/java', 3, 3],
      ['producer.interceptor.classes', 'x', 5, 3],
    ]);
  });

  test('bitnami/kafka: listeners, protocols, client auth, SASL mechanisms, config maps', () => {
    const [kafka] = yamlDrafts(
      [
        'listeners:', //                      1
        '  client:', //                       2
        '    containerPort: 9092', //         3
        '    protocol: SASL_SSL', //          4
        '    name: CLIENT', //                5
        '  controller:', //                   6
        '    name: CONTROLLER', //            7
        '    containerPort: 9093', //         8
        '    protocol: PLAINTEXT', //         9
        '  interbroker:', //                  10
        '    containerPort: 9094', //         11
        '    protocol: PLAINTEXT', //         12
        '    name: INTERNAL', //              13
        'sasl:', //                           14
        '  enabledMechanisms: SCRAM-SHA-512', // 15
        'tls:', //                            16
        '  sslClientAuth: requested', //      17
        'config:', //                         18
        '  allow.everyone.if.no.acl.found: true', // 19
      ].join('\n'),
      'values.yaml',
    );
    expect(kafka!.roles).toEqual(['broker', 'controller']);
    expect(at(entryOf(kafka!, 'listeners'))).toEqual(['listeners', 'CLIENT://:9092,INTERNAL://:9094,CONTROLLER://:9093', 1, 1]);
    expect(entryOf(kafka!, 'listener.security.protocol.map').value).toBe('CLIENT:SASL_SSL,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT');
    expect(at(entryOf(kafka!, 'listener.name.client.ssl.client.auth'))).toEqual(['listener.name.client.ssl.client.auth', 'requested', 17, 3]);
    expect(at(entryOf(kafka!, 'sasl.enabled.mechanisms'))).toEqual(['sasl.enabled.mechanisms', 'SCRAM-SHA-512', 15, 3]);
    expect(at(entryOf(kafka!, 'allow.everyone.if.no.acl.found'))).toEqual(['allow.everyone.if.no.acl.found', 'true', 19, 3]);
    expect(entryOf(kafka!, 'inter.broker.listener.name').value).toBe('INTERNAL');
  });

  test('values of charts without Kafka config yield nothing', () => {
    expect(yamlDrafts(['replicaCount: 1', 'kafka:', '  brokerConnect: kafka:9092', 'image:', '  repository: obsidiandynamics/kafdrop'].join('\n'), 'chart/values.yaml')).toEqual([]);
  });
});
