import { describe, expect, test } from 'vitest';
import { strimziForbiddenPrefix } from '../../src/model/adapters/strimzi.js';
import { STRIMZI_IGNORED_KEY } from '../../src/model/adapters/note-kinds.js';
import { at, draftNamed, entryOf, keysOf, yamlDrafts } from './helpers.js';

const KAFKA = [
  'apiVersion: kafka.strimzi.io/v1beta2', //  1
  'kind: Kafka', //                           2
  'metadata:', //                             3
  '  name: prod', //                          4
  'spec:', //                                 5
  '  kafka:', //                              6
  '    version: 3.9.0', //                    7
  '    listeners:', //                        8
  '      - name: plain', //                   9
  '        port: 9092', //                    10
  '        type: internal', //                11
  '        tls: false', //                    12
  '      - name: tls', //                     13
  '        port: 9093', //                    14
  '        type: internal', //                15
  '        tls: true', //                     16
  '        authentication:', //               17
  '          type: tls', //                   18
  '      - name: external', //                19
  '        port: 9094', //                    20
  '        type: route', //                   21
  '        tls: true', //                     22
  '        authentication:', //               23
  '          type: scram-sha-512', //         24
  '    authorization:', //                    25
  '      type: simple', //                    26
  '      superUsers:', //                     27
  '        - CN=admin', //                    28
  '    config:', //                           29
  '      min.insync.replicas: 2', //          30
  '      ssl.client.auth: required', //       31
  '      ssl.enabled.protocols: TLSv1.3', //  32
  '      authorizer.class.name: x', //        33
  '  zookeeper:', //                          34
  '    replicas: 3', //                       35
].join('\n');

describe('Strimzi Kafka', () => {
  const kafka = draftNamed(yamlDrafts(KAFKA, 'kafka.yaml'), 'prod');

  test('format, roles, version from spec.kafka.version', () => {
    expect(kafka.format).toBe('strimzi');
    expect(kafka.roles).toEqual(['broker']);
    expect(kafka.kafkaVersion).toEqual({ major: 3, minor: 9, patch: 0 });
  });

  test('listeners and their protocols as Strimzi generates them, placed at spec.kafka.listeners', () => {
    expect(at(entryOf(kafka, 'listeners'))).toEqual([
      'listeners',
      'REPLICATION-9091://0.0.0.0:9091,PLAIN-9092://0.0.0.0:9092,TLS-9093://0.0.0.0:9093,EXTERNAL-9094://0.0.0.0:9094',
      8,
      5,
    ]);
    expect(at(entryOf(kafka, 'listener.security.protocol.map'))).toEqual([
      'listener.security.protocol.map',
      'CONTROLPLANE-9090:SSL,REPLICATION-9091:SSL,PLAIN-9092:PLAINTEXT,TLS-9093:SSL,EXTERNAL-9094:SASL_SSL',
      8,
      5,
    ]);
    expect(entryOf(kafka, 'inter.broker.listener.name').value).toBe('REPLICATION-9091');
  });

  test('listener authentication: mTLS and SCRAM settings at the listener authentication node', () => {
    expect(at(entryOf(kafka, 'listener.name.tls-9093.ssl.client.auth'))).toEqual(['listener.name.tls-9093.ssl.client.auth', 'required', 17, 9]);
    expect(at(entryOf(kafka, 'listener.name.external-9094.sasl.enabled.mechanisms'))).toEqual(['listener.name.external-9094.sasl.enabled.mechanisms', 'SCRAM-SHA-512', 23, 9]);
    expect(entryOf(kafka, 'listener.name.external-9094.scram-sha-512.sasl.jaas.config').value).toBe('org.apache.kafka.common.security.scram.ScramLoginModule required;');
  });

  test('authorization: the authorizer (ZooKeeper mode: AclAuthorizer) and super users, Strimzi\'s own first', () => {
    expect(at(entryOf(kafka, 'authorizer.class.name'))).toEqual(['authorizer.class.name', 'kafka.security.authorizer.AclAuthorizer', 25, 5]);
    const superUsers = entryOf(kafka, 'super.users');
    expect(superUsers.span.line).toBe(27);
    expect(superUsers.value.split(';')).toEqual([
      'User:CN=prod-kafka,O=io.strimzi',
      'User:CN=prod-entity-topic-operator,O=io.strimzi',
      'User:CN=prod-entity-user-operator,O=io.strimzi',
      'User:CN=prod-kafka-exporter,O=io.strimzi',
      'User:CN=prod-cruise-control,O=io.strimzi',
      'User:CN=cluster-operator,O=io.strimzi',
      'User:CN=admin',
    ]);
  });

  test('spec.kafka.config: allowed keys are entries; forbidden ones are dropped and noted', () => {
    expect(at(entryOf(kafka, 'min.insync.replicas'))).toEqual(['min.insync.replicas', '2', 30, 7]);
    expect(at(entryOf(kafka, 'ssl.enabled.protocols'))).toEqual(['ssl.enabled.protocols', 'TLSv1.3', 32, 7]);
    // authorizer.class.name is Strimzi's, not the dropped user value.
    expect(entryOf(kafka, 'authorizer.class.name').value).toBe('kafka.security.authorizer.AclAuthorizer');
    expect(keysOf(kafka)).not.toContain('ssl.client.auth');
    expect(kafka.notes?.map((note) => [note.kind, note.entry.key, note.entry.span.line, note.entry.span.column])).toEqual([
      [STRIMZI_IGNORED_KEY, 'ssl.client.auth', 31, 7],
      [STRIMZI_IGNORED_KEY, 'authorizer.class.name', 33, 7],
    ]);
  });

  test('ZooKeeper mode: TLS to ZooKeeper, no process.roles', () => {
    expect(entryOf(kafka, 'zookeeper.ssl.client.enable').value).toBe('true');
    expect(keysOf(kafka)).not.toContain('process.roles');
  });
});

describe('Strimzi forbidden prefixes (KafkaClusterSpec / KafkaConnectSpec)', () => {
  test.each([
    ['ssl.client.auth', 'kafka', 'ssl.'],
    ['ssl.cipher.suites', 'kafka', undefined],
    ['SSL.Client.Auth', 'kafka', 'ssl.'],
    ['listeners', 'kafka', 'listeners'],
    ['advertised.listeners', 'kafka', 'advertised.'],
    ['super.users', 'kafka', 'super.user'],
    ['node.id', 'kafka', 'node.id'],
    ['controller.quorum.election.timeout.ms', 'kafka', undefined],
    ['controller.listener.names', 'kafka', 'controller.'],
    ['log.dirs', 'kafka', 'log.dir'],
    ['port', 'kafka', 'port'],
    // The prefix is camel-case and compared with the lower-cased key: never matches.
    ['zookeeper.clientCnxnSocket', 'kafka', undefined],
    ['min.insync.replicas', 'kafka', undefined],
    ['sasl.jaas.config', 'connect', 'sasl.'],
    ['ssl.endpoint.identification.algorithm', 'connect', undefined],
    ['rest.extension.classes', 'connect', 'rest.'],
    ['listeners.https.ssl.client.auth', 'connect', 'listeners'],
    ['producer.security.protocol', 'connect', undefined],
    ['plugin.path', 'connect', 'plugin.path'],
  ] as const)('%s in %s config → %s', (key, list, prefix) => {
    expect(strimziForbiddenPrefix(key, list)).toBe(prefix);
  });
});

describe('Strimzi KRaft with node pools in the same file', () => {
  const drafts = yamlDrafts(
    [
      'apiVersion: kafka.strimzi.io/v1',
      'kind: KafkaNodePool',
      'metadata:',
      '  name: controller',
      '  labels:',
      '    strimzi.io/cluster: my-cluster',
      'spec:',
      '  replicas: 3',
      '  roles:',
      '    - controller',
      '---',
      'apiVersion: kafka.strimzi.io/v1',
      'kind: Kafka',
      'metadata:',
      '  name: my-cluster',
      'spec:',
      '  kafka:',
      '    listeners:',
      '      - name: plain',
      '        port: 9092',
      '        type: internal',
      '        tls: false',
    ].join('\n'),
    'kafka.yaml',
  );

  test('the pools give the process roles; a single listener is located at its tls', () => {
    expect(drafts).toHaveLength(1);
    const kafka = drafts[0]!;
    expect(kafka.roles).toEqual(['broker', 'controller']);
    expect(at(entryOf(kafka, 'process.roles'))).toEqual(['process.roles', 'broker,controller', 9, 3]);
    expect(at(entryOf(kafka, 'listeners'))).toEqual(['listeners', 'CONTROLPLANE-9090://0.0.0.0:9090,REPLICATION-9091://0.0.0.0:9091,PLAIN-9092://0.0.0.0:9092', 22, 9]);
    expect(entryOf(kafka, 'controller.listener.names').value).toBe('CONTROLPLANE-9090');
    expect(keysOf(kafka)).not.toContain('authorizer.class.name');
  });
});

describe('Strimzi KafkaConnect and KafkaConnector', () => {
  const drafts = yamlDrafts(
    [
      'apiVersion: kafka.strimzi.io/v1beta2', // 1
      'kind: KafkaConnect', //                   2
      'metadata:', //                            3
      '  name: my-connect', //                   4
      '  namespace: kafka', //                   5
      'spec:', //                                6
      '  version: 3.8.0', //                     7
      '  bootstrapServers: my-cluster-kafka-bootstrap:9093', // 8
      '  tls:', //                               9
      '    trustedCertificates:', //             10
      '      - secretName: my-cluster-cluster-ca-cert', // 11
      '        certificate: ca.crt', //          12
      '  authentication:', //                    13
      '    type: scram-sha-512', //              14
      '    username: my-connect', //             15
      '    passwordSecret:', //                  16
      '      secretName: my-connect', //         17
      '      password: password', //             18
      '  config:', //                            19
      '    group.id: connect-cluster', //        20
      '    config.providers: env', //            21
      '    config.providers.env.class: org.apache.kafka.common.config.provider.EnvVarConfigProvider', // 22
      '    sasl.mechanism: PLAIN', //            23
      '    producer.override.x: 1', //           24
      '---',
      'apiVersion: kafka.strimzi.io/v1beta2',
      'kind: KafkaConnector',
      'metadata:',
      '  name: file-source', //                  29
      '  labels:',
      '    strimzi.io/cluster: my-connect',
      'spec:',
      '  class: org.apache.kafka.connect.file.FileStreamSourceConnector', // 33
      '  tasksMax: 2', //                        34
      '  config:',
      '    topic: t', //                         36
      '    tasks.max: 5', //                     37
    ].join('\n'),
    'connect.yaml',
  );
  const worker = draftNamed(drafts, 'my-connect');
  const connector = draftNamed(drafts, 'file-source');

  test('the worker: bootstrap, Strimzi security for the worker and its clients, version, group', () => {
    expect(worker.roles).toEqual(['worker']);
    expect(worker.group).toBe('strimzi:my-connect');
    expect(worker.kafkaVersion).toEqual({ major: 3, minor: 8, patch: 0 });
    expect(at(entryOf(worker, 'bootstrap.servers'))).toEqual(['bootstrap.servers', 'my-cluster-kafka-bootstrap:9093', 8, 3]);
    for (const prefix of ['', 'producer.', 'consumer.', 'admin.']) {
      expect(at(entryOf(worker, `${prefix}security.protocol`))).toEqual([`${prefix}security.protocol`, 'SASL_SSL', 13, 3]);
      expect(entryOf(worker, `${prefix}sasl.mechanism`).value).toBe('SCRAM-SHA-512');
    }
    const jaas = entryOf(worker, 'sasl.jaas.config');
    expect(jaas.value).toBe(
      'org.apache.kafka.common.security.scram.ScramLoginModule required username=${strimzienv:KAFKA_CONNECT_SASL_USERNAME} password=${strimzidir:/opt/kafka/connect-password/my-connect:password};',
    );
    expect(jaas.isProviderReference).toBe(true);
    expect(entryOf(worker, 'ssl.truststore.certificates').value).toBe('${strimzisecrets:kafka/my-cluster-cluster-ca-cert:*.crt}');
  });

  test('spec.config: user keys kept, forbidden ones noted, config.providers merged with Strimzi\'s', () => {
    expect(at(entryOf(worker, 'group.id'))).toEqual(['group.id', 'connect-cluster', 20, 5]);
    expect(at(entryOf(worker, 'producer.override.x'))).toEqual(['producer.override.x', '1', 24, 5]);
    expect(at(entryOf(worker, 'config.providers'))).toEqual(['config.providers', 'env,strimzienv,strimzifile,strimzidir,strimzisecrets', 21, 5]);
    expect(worker.notes?.map((note) => [note.entry.key, note.entry.span.line])).toEqual([['sasl.mechanism', 23]]);
    expect(entryOf(worker, 'listeners').value).toBe('http://:8083');
  });

  test('the connector: class and tasksMax from the resource, group from strimzi.io/cluster', () => {
    expect(connector.roles).toEqual(['connector']);
    expect(connector.group).toBe('strimzi:my-connect');
    expect(connector.entries.map(at)).toEqual([
      ['connector.class', 'org.apache.kafka.connect.file.FileStreamSourceConnector', 33, 3],
      ['tasks.max', '2', 34, 3],
      ['topic', 't', 36, 5],
    ]);
    expect(connector.notes?.map((note) => [note.entry.key, note.entry.span.line])).toEqual([['tasks.max', 37]]);
  });
});

describe('Strimzi KafkaMirrorMaker2 (v1beta2 clusters)', () => {
  const drafts = yamlDrafts(
    [
      'apiVersion: kafka.strimzi.io/v1beta2',
      'kind: KafkaMirrorMaker2',
      'metadata:',
      '  name: mm2',
      'spec:',
      '  connectCluster: target',
      '  clusters:',
      '    - alias: source', //  8
      '      bootstrapServers: source:9092', // 9
      '    - alias: target',
      '      bootstrapServers: target:9093', // 11
      '      tls:', //                          12
      '        trustedCertificates: []',
      '      config:',
      '        ssl.truststore.password: CANARY-mm2', // 15
      '  mirrors:',
      '    - sourceCluster: source',
      '      targetCluster: target',
      '      sourceConnector:', //              19
      '        config:',
      '          replication.factor: 3', //     21
    ].join('\n'),
    'mm2.yaml',
  );

  test('a worker for the connect cluster and a connector per mirror connector', () => {
    expect(drafts.map((draft) => [draft.name, draft.roles, draft.group])).toEqual([
      ['mm2 (connect cluster target)', ['worker'], 'strimzi-mm2:mm2'],
      ['source->target.MirrorSourceConnector', ['connector'], 'strimzi-mm2:mm2'],
    ]);
    const worker = drafts[0]!;
    expect(at(entryOf(worker, 'security.protocol'))).toEqual(['security.protocol', 'SSL', 12, 7]);
    expect(worker.notes?.map((note) => note.entry.key)).toEqual(['ssl.truststore.password']);
    const source = drafts[1]!;
    expect(at(entryOf(source, 'connector.class'))).toEqual(['connector.class', 'org.apache.kafka.connect.mirror.MirrorSourceConnector', 19, 7]);
    expect(at(entryOf(source, 'source.cluster.bootstrap.servers'))).toEqual(['source.cluster.bootstrap.servers', 'source:9092', 9, 7]);
    expect(entryOf(source, 'source.cluster.security.protocol').value).toBe('PLAINTEXT');
    expect(entryOf(source, 'target.cluster.security.protocol').value).toBe('SSL');
    expect(at(entryOf(source, 'replication.factor'))).toEqual(['replication.factor', '3', 21, 11]);
  });
});
