import { describe, expect, test } from 'vitest';
import { at, draftNamed, entryOf, keysOf, yamlDrafts } from './helpers.js';

const PLATFORM = [
  'apiVersion: platform.confluent.io/v1beta1', // 1
  'kind: Kafka', //                               2
  'metadata:', //                                 3
  '  name: kafka', //                             4
  '  namespace: confluent', //                    5
  'spec:', //                                     6
  '  replicas: 3', //                             7
  '  image:', //                                  8
  '    application: confluentinc/cp-server:7.9.0', // 9
  '  configOverrides:', //                        10
  '    server:', //                               11
  '      - auto.create.topics.enable=true', //    12
  '    jvm:', //                                  13
  '      - -Dorg.apache.kafka.disallowed.login.modules=com.sun.security.auth.module.JndiLoginModule', // 14
  '  listeners:', //                              15
  '    internal:', //                             16
  '      authentication:', //                     17
  '        type: mtls', //                        18
  '      tls:', //                                19
  '        enabled: true', //                     20
  '    external:', //                             21
  '      authentication:', //                     22
  '        type: plain', //                       23
  '        jaasConfig:', //                       24
  '          secretRef: credential', //           25
  '  authorization:', //                          26
  '    type: rbac', //                            27
  '    superUsers:', //                           28
  '      - User:kafka', //                        29
  '---',
  'apiVersion: platform.confluent.io/v1beta1', // 31
  'kind: Connect', //                             32
  'metadata:', //                                 33
  '  name: connect', //                           34
  'spec:', //                                     35
  '  image:', //                                  36
  '    application: confluentinc/cp-server-connect:7.9.0', // 37
  '  authentication:', //                         38
  '    type: basic', //                           39
  '    basic:', //                                40
  '      secretRef: basicsecret', //              41
  '  dependencies:', //                           42
  '    kafka:', //                                43
  '      bootstrapEndpoint: kafka:9071', //       44
  '      authentication:', //                     45
  '        type: plain', //                       46
  '      tls:', //                                47
  '        enabled: true', //                     48
  '---',
  'apiVersion: platform.confluent.io/v1beta1',
  'kind: Connector', //                           51
  'metadata:',
  '  name: pageviews',
  'spec:',
  '  class: io.confluent.kafka.connect.datagen.DatagenConnector', // 55
  '  taskMax: 4', //                              56
  '  connectClusterRef:',
  '    name: connect',
  '  configs:',
  '    kafka.topic: pageviews', //                60
].join('\n');

describe('Confluent for Kubernetes', () => {
  const drafts = yamlDrafts(PLATFORM, 'confluent-platform.yaml');

  test('Kafka: CFK listeners with their protocols, mTLS, authorizer, super users, overrides, version', () => {
    const kafka = draftNamed(drafts, 'kafka');
    expect(kafka.format).toBe('cfk');
    expect(kafka.roles).toEqual(['broker']);
    expect(kafka.kafkaVersion).toEqual({ major: 3, minor: 9, patch: 0 });
    expect(at(entryOf(kafka, 'listeners'))).toEqual(['listeners', 'INTERNAL://0.0.0.0:9071,EXTERNAL://0.0.0.0:9092,REPLICATION://0.0.0.0:9072', 15, 3]);
    // The replication listener inherits the internal listener's settings.
    expect(entryOf(kafka, 'listener.security.protocol.map').value).toBe('INTERNAL:SSL,EXTERNAL:SASL_PLAINTEXT,REPLICATION:SSL');
    expect(at(entryOf(kafka, 'listener.name.internal.ssl.client.auth'))).toEqual(['listener.name.internal.ssl.client.auth', 'required', 16, 5]);
    expect(at(entryOf(kafka, 'authorizer.class.name'))).toEqual(['authorizer.class.name', 'io.confluent.kafka.security.authorizer.ConfluentServerAuthorizer', 26, 3]);
    expect(at(entryOf(kafka, 'super.users'))).toEqual(['super.users', 'User:kafka', 28, 5]);
    const override = entryOf(kafka, 'auto.create.topics.enable');
    expect(at(override)).toEqual(['auto.create.topics.enable', 'true', 12, 9]);
    expect(override.valueSpan).toEqual({ line: 12, column: 35, endLine: 12, endColumn: 39 });
    expect(at(entryOf(kafka, '-Dorg.apache.kafka.disallowed.login.modules'))).toEqual(['-Dorg.apache.kafka.disallowed.login.modules', 'com.sun.security.auth.module.JndiLoginModule', 14, 9]);
  });

  test('Connect: client security from dependencies.kafka, REST listener and basic authentication', () => {
    const connect = draftNamed(drafts, 'connect');
    expect(connect.roles).toEqual(['worker']);
    expect(connect.group).toBe('cfk:connect');
    expect(at(entryOf(connect, 'bootstrap.servers'))).toEqual(['bootstrap.servers', 'kafka:9071', 44, 7]);
    expect(at(entryOf(connect, 'security.protocol'))).toEqual(['security.protocol', 'SASL_SSL', 45, 7]);
    expect(entryOf(connect, 'consumer.sasl.mechanism').value).toBe('PLAIN');
    expect(entryOf(connect, 'listeners').value).toBe('http://0.0.0.0:8083');
    expect(at(entryOf(connect, 'rest.extension.classes'))).toEqual(['rest.extension.classes', 'org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension', 38, 3]);
    expect(keysOf(connect)).not.toContain('sasl.jaas.config');
  });

  test('Connector: class, taskMax and configs; grouped with its connectClusterRef', () => {
    const connector = draftNamed(drafts, 'pageviews');
    expect(connector.roles).toEqual(['connector']);
    expect(connector.group).toBe('cfk:connect');
    expect(connector.entries.map(at)).toEqual([
      ['connector.class', 'io.confluent.kafka.connect.datagen.DatagenConnector', 55, 3],
      ['tasks.max', '4', 56, 3],
      ['kafka.topic', 'pageviews', 60, 5],
    ]);
  });

  test('Connect: OAuth authentication of the REST API is the Confluent OAuth handler', () => {
    const [connect] = yamlDrafts(
      ['apiVersion: platform.confluent.io/v1beta1', 'kind: Connect', 'metadata:', '  name: connect', 'spec:', '  tls:', '    autoGeneratedCerts: true', '  authentication:', '    type: oauth', '    oauth:', '      secretRef: oauth-client'].join('\n'),
      'connect.yaml',
    );
    expect(entryOf(connect!, 'listeners').value).toBe('https://0.0.0.0:8083');
    expect(at(entryOf(connect!, 'rest.servlet.initializor.classes'))).toEqual(['rest.servlet.initializor.classes', 'io.confluent.common.security.jetty.initializer.InstallOAuthSecurityHandler', 8, 3]);
    expect(keysOf(connect!)).not.toContain('rest.extension.classes');
  });

  test('KRaftController: the controller listener', () => {
    const [controller] = yamlDrafts(
      ['apiVersion: platform.confluent.io/v1beta1', 'kind: KRaftController', 'metadata:', '  name: kraft', 'spec:', '  listeners:', '    controller:', '      tls:', '        enabled: true'].join('\n'),
      'kraft.yaml',
    );
    expect(controller!.roles).toEqual(['controller']);
    expect(at(entryOf(controller!, 'listeners'))).toEqual(['listeners', 'CONTROLLER://0.0.0.0:9074', 7, 5]);
    expect(entryOf(controller!, 'listener.security.protocol.map').value).toBe('CONTROLLER:SSL');
  });
});
