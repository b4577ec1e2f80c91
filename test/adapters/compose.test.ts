import { describe, expect, test } from 'vitest';
import { composeValue, kafkaVersionOfImage } from '../../src/model/adapters/compose.js';
import { COMPONENT_SETTINGS, COMPOSE_OVERLAY } from '../../src/model/adapters/note-kinds.js';
import { at, draftNamed, entryOf, keysOf, yamlDrafts } from './helpers.js';
import { formatVersion } from '../../src/util/version.js';

describe('docker-compose environment', () => {
  test('list form: key, value and exact positions of the name and the value', () => {
    const drafts = yamlDrafts(
      [
        'services:', //                                                  1
        '  kafka:', //                                                   2
        '    image: confluentinc/cp-kafka:7.6.1', //                     3
        '    environment:', //                                           4
        '      - KAFKA_LISTENERS=PLAINTEXT://0.0.0.0:9092', //           5
        '      - KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=PLAINTEXT:PLAINTEXT', // 6
        '      - KAFKA_NODE_ID=1', //                                    7
      ].join('\n'),
    );
    const kafka = draftNamed(drafts, 'kafka');
    expect(kafka.format).toBe('compose');
    expect(kafka.roles).toEqual(['broker']);
    const listeners = entryOf(kafka, 'listeners');
    expect(at(listeners)).toEqual(['listeners', 'PLAINTEXT://0.0.0.0:9092', 5, 9]);
    expect(listeners.valueSpan).toEqual({ line: 5, column: 25, endLine: 5, endColumn: 49 });
    expect(listeners.origin).toBe('environment KAFKA_LISTENERS');
    expect(at(entryOf(kafka, 'listener.security.protocol.map'))).toEqual(['listener.security.protocol.map', 'PLAINTEXT:PLAINTEXT', 6, 9]);
    expect(at(entryOf(kafka, 'node.id'))).toEqual(['node.id', '1', 7, 9]);
  });

  test('map form, quoted values, and the image tag as the Kafka version (CP 7.6.1 → Kafka 3.6, patch unknown)', () => {
    const drafts = yamlDrafts(['services:', '  broker:', '    image: confluentinc/cp-server:7.6.1', '    environment:', '      KAFKA_ADVERTISED_LISTENERS: "SASL_SSL://broker:9093"', '      KAFKA_SSL_CLIENT_AUTH: required'].join('\n'));
    const broker = draftNamed(drafts, 'broker');
    // A CP patch release ships Confluent's own 3.6 build, not a given Apache Kafka 3.6.z.
    expect(broker.kafkaVersion).toEqual({ major: 3, minor: 6, patch: 0, patchUnknown: true });
    expect(broker.kafkaVersionSource).toBe('image confluentinc/cp-server:7.6.1');
    const advertised = entryOf(broker, 'advertised.listeners');
    expect(at(advertised)).toEqual(['advertised.listeners', 'SASL_SSL://broker:9093', 5, 7]);
    expect(advertised.valueSpan).toEqual({ line: 5, column: 36, endLine: 5, endColumn: 58 });
    expect(at(entryOf(broker, 'ssl.client.auth'))).toEqual(['ssl.client.auth', 'required', 6, 7]);
  });

  test('without KAFKA_LISTENERS the image derives listeners from the advertised ones (hosts → 0.0.0.0)', () => {
    const broker = draftNamed(yamlDrafts(['services:', '  kafka:', '    image: apache/kafka:3.9.0', '    environment:', '      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092,SSL://kafka:9093'].join('\n')), 'kafka');
    expect(broker.kafkaVersion).toEqual({ major: 3, minor: 9, patch: 0 });
    const listeners = entryOf(broker, 'listeners');
    expect(at(listeners)).toEqual(['listeners', 'PLAINTEXT://0.0.0.0:9092,SSL://0.0.0.0:9093', 5, 7]);
    expect(listeners.origin).toBe('environment KAFKA_ADVERTISED_LISTENERS (listeners derived by the image)');
  });

  test('empty values are real values; `${VAR}` is a template; `$$` is a literal `$`; `- NAME` comes from the host', () => {
    const drafts = yamlDrafts(
      [
        'services:',
        '  connect:',
        '    image: confluentinc/cp-kafka-connect:7.9.0',
        '    environment:',
        '      - CONNECT_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM=',
        '      - CONNECT_BOOTSTRAP_SERVERS=${BROKER:-kafka:9092}',
        '      - CONNECT_SASL_JAAS_CONFIG=x password="$${file:/s/p.properties:pw}";',
        '      - CONNECT_GROUP_ID',
      ].join('\n'),
    );
    const connect = draftNamed(drafts, 'connect');
    expect(connect.roles).toEqual(['worker']);
    const empty = entryOf(connect, 'ssl.endpoint.identification.algorithm');
    expect(at(empty)).toEqual(['ssl.endpoint.identification.algorithm', '', 5, 9]);
    expect(empty.isTemplate).toBeUndefined();
    const bootstrap = entryOf(connect, 'bootstrap.servers');
    expect(bootstrap.value).toBe('${BROKER:-kafka:9092}');
    expect(bootstrap.isTemplate).toBe(true);
    const jaas = entryOf(connect, 'sasl.jaas.config');
    expect(jaas.value).toBe('x password="${file:/s/p.properties:pw}";');
    expect(jaas.isTemplate).toBeUndefined();
    expect(jaas.isProviderReference).toBe(true);
    const fromHost = entryOf(connect, 'group.id');
    expect(fromHost.value).toBe('${CONNECT_GROUP_ID}');
    expect(fromHost.isTemplate).toBe(true);
  });

  test('composeValue', () => {
    expect(composeValue('a$$b', 'X')).toEqual({ value: 'a$b', isTemplate: false });
    expect(composeValue('$HOME/x', 'X')).toEqual({ value: '$HOME/x', isTemplate: true });
    expect(composeValue('price $5', 'X')).toEqual({ value: 'price $5', isTemplate: false });
    expect(composeValue(undefined, 'X')).toEqual({ value: '${X}', isTemplate: true });
  });

  test('KAFKA_OPTS system properties become -D entries at their place in the value; the variable itself is no config key', () => {
    const drafts = yamlDrafts(
      [
        'services:',
        '  kafka:',
        '    image: confluentinc/cp-kafka:7.9.0',
        '    environment:',
        '      KAFKA_ZOOKEEPER_CONNECT: zk:2181',
        '      KAFKA_OPTS: "-Djava.security.auth.login.config=/etc/kafka/jaas.conf -Dorg.apache.kafka.disallowed.login.modules="',
      ].join('\n'),
    );
    const kafka = draftNamed(drafts, 'kafka');
    expect(keysOf(kafka)).toEqual(['zookeeper.connect', '-Djava.security.auth.login.config', '-Dorg.apache.kafka.disallowed.login.modules']);
    const jaas = entryOf(kafka, '-Djava.security.auth.login.config');
    expect(at(jaas)).toEqual(['-Djava.security.auth.login.config', '/etc/kafka/jaas.conf', 6, 20]);
    expect(jaas.valueSpan).toEqual({ line: 6, column: 54, endLine: 6, endColumn: 74 });
    expect(at(entryOf(kafka, '-Dorg.apache.kafka.disallowed.login.modules'))).toEqual(['-Dorg.apache.kafka.disallowed.login.modules', '', 6, 75]);
  });

  test('the Confluent SSL helper variables become the keystore settings the configure script writes', () => {
    const kafka = draftNamed(
      yamlDrafts(
        [
          'services:',
          '  kafka:',
          '    image: confluentinc/cp-kafka:7.9.0',
          '    environment:',
          '      KAFKA_ADVERTISED_LISTENERS: SSL://kafka:9093',
          '      KAFKA_SSL_KEYSTORE_FILENAME: kafka.keystore.jks',
          '      KAFKA_SSL_KEYSTORE_CREDENTIALS: keystore_creds',
        ].join('\n'),
      ),
      'kafka',
    );
    expect(at(entryOf(kafka, 'ssl.keystore.location'))).toEqual(['ssl.keystore.location', '/etc/kafka/secrets/kafka.keystore.jks', 6, 7]);
    const password = entryOf(kafka, 'ssl.keystore.password');
    expect(password.isTemplate).toBe(true);
    expect(keysOf(kafka)).not.toContain('ssl.keystore.filename');
  });

  test('CONFLUENT_SUPPORT_* in every Confluent broker image, CONFLUENT_METRICS_* in cp-server and cp-enterprise-kafka only (kafka.properties.template)', () => {
    const broker = (image: string) =>
      draftNamed(
        yamlDrafts(
          [
            'services:',
            '  broker:',
            `    image: ${image}`,
            '    environment:',
            '      KAFKA_PROCESS_ROLES: broker',
            '      CONFLUENT_METRICS_REPORTER_SASL_JAAS_CONFIG: x.PlainLoginModule required;',
            '      CONFLUENT_METRICS_REPORTER_TOPIC__REPLICAS: "1"',
            '      CONFLUENT_SUPPORT_CUSTOMER_ID: anonymous',
          ].join('\n'),
        ),
        'broker',
      );
    const metrics = ['confluent.metrics.reporter.sasl.jaas.config', 'confluent.metrics.reporter.topic_replicas'];
    for (const image of ['confluentinc/cp-server:7.9.0', 'confluentinc/cp-enterprise-kafka:5.5.0', 'registry.example/cp-server-custom:1']) {
      expect([image, keysOf(broker(image)).filter((key) => key.startsWith('confluent.'))]).toEqual([image, [...metrics, 'confluent.support.customer.id']]);
    }
    expect(at(entryOf(broker('confluentinc/cp-server:7.9.0'), metrics[0]!))).toEqual([metrics[0], 'x.PlainLoginModule required;', 6, 7]);
    for (const image of ['confluentinc/cp-kafka:7.9.0', 'confluentinc/confluent-local:7.9.0']) {
      expect([image, keysOf(broker(image)).filter((key) => key.startsWith('confluent.'))]).toEqual([image, ['confluent.support.customer.id']]);
    }
  });

  test('Confluent components are Kafka clients judged for the secrets their settings hold, as their images write them', () => {
    const drafts = yamlDrafts(
      [
        'services:',
        '  sr:',
        '    image: ${REPOSITORY}/cp-schema-registry:${TAG}',
        '    environment:',
        '      SCHEMA_REGISTRY_HOST_NAME: sr',
        '      SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG: x.PlainLoginModule required username="sr" password="CANARY-sr";',
        '      SCHEMA_REGISTRY_SSL_KEYSTORE_PASSWORD: ${PASSWORD}',
        '      SCHEMA_REGISTRY_OPTS: -Djavax.net.ssl.trustStorePassword=CANARY-opts -Xmx1g',
        '      SCHEMA_REGISTRY_LOG4J_ROOT_LOGLEVEL: INFO',
        '  ksql:',
        '    image: confluentinc/ksqldb-server:0.29.0',
        '    environment:',
        '      KSQL_SECURITY_PROTOCOL: PLAINTEXT',
        '      KSQL_KSQL_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO: u:CANARY-ksql',
        '  rest:',
        '    image: confluentinc/cp-kafka-rest:7.9.0',
        '    environment:',
        '      KAFKA_REST_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM: ""',
        '      KAFKA_REST_CLIENT_SSL_KEY_PASSWORD: CANARY-rest',
        '  c3:',
        '    image: confluentinc/cp-enterprise-control-center-next-gen:2.3.0',
        '    environment:',
        '      CONTROL_CENTER_BOOTSTRAP_SERVERS: kafka:9092',
        '      CONTROL_CENTER_STREAMS_SASL_JAAS_CONFIG: x.PlainLoginModule required username="c3" password="CANARY-c3";',
        '      CONTROL_CENTER_METRICS_SASL_JAAS_CONFIG: x.PlainLoginModule required username="m" password="CANARY-m";',
        '      CONFLUENT_METADATA_BASIC_AUTH_USER_INFO: u:CANARY-rbac',
        '  ksql-no-secret:',
        '    image: confluentinc/cp-ksqldb-server:7.9.0',
        '    environment:',
        '      KSQL_BOOTSTRAP_SERVERS: kafka:9092',
        '      KSQL_SASL_JAAS_CONFIG: ${JAAS}',
        '  ksql-cli:',
        '    image: confluentinc/cp-ksqldb-cli:7.9.0',
        '    environment:',
        '      KSQL_SASL_JAAS_CONFIG: x.PlainLoginModule required username="cli" password="CANARY-cli";',
      ].join('\n'),
    );
    expect(drafts.map((draft) => [draft.name, draft.roles, draft.notes?.map((note) => note.kind)])).toEqual([
      ['sr', ['client'], [COMPONENT_SETTINGS]],
      ['ksql', ['client'], [COMPONENT_SETTINGS]],
      ['rest', ['client'], [COMPONENT_SETTINGS]],
      ['c3', ['client'], [COMPONENT_SETTINGS]],
    ]);
    // Only the settings that hold a secret: a template, the component's own HTTPS settings and its other keys are not judged.
    expect(keysOf(draftNamed(drafts, 'sr'))).toEqual(['kafkastore.sasl.jaas.config', '-Djavax.net.ssl.trustStorePassword']);
    expect(entryOf(draftNamed(drafts, 'sr'), 'kafkastore.sasl.jaas.config').origin).toBe('environment SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG of Schema Registry');
    expect(keysOf(draftNamed(drafts, 'ksql'))).toEqual(['ksql.schema.registry.basic.auth.user.info']);
    expect(keysOf(draftNamed(drafts, 'rest'))).toEqual(['client.ssl.key.password']);
    expect(keysOf(draftNamed(drafts, 'c3'))).toEqual(['confluent.controlcenter.streams.sasl.jaas.config', 'confluent.metrics.sasl.jaas.config', 'confluent.metadata.basic.auth.user.info']);
  });

  test('Bitnami KAFKA_CFG_* decode every `_`; its credentials are kept, its other KAFKA_* settings are not Kafka keys; empty values are skipped', () => {
    const drafts = yamlDrafts(
      [
        'services:',
        '  kafka:',
        '    image: bitnami/kafka:3.4',
        '    environment:',
        '      - KAFKA_CFG_LISTENERS=SASL_SSL://:9093',
        '      - KAFKA_CFG_LISTENER_NAME_SASL_SSL_PLAIN_SASL_JAAS_CONFIG=x',
        '      - KAFKA_CLIENT_USERS=alice',
        '      - KAFKA_CLIENT_PASSWORDS=CANARY-bitnami-pw',
        '      - KAFKA_CERTIFICATE_PASSWORD=CANARY-bitnami-cert',
        '      - KAFKA_CFG_SSL_KEY_PASSWORD=CANARY-bitnami-overridden',
        '      - KAFKA_INTER_BROKER_PASSWORD=',
        '      - KAFKA_CFG_SSL_CLIENT_AUTH=',
        '      - ALLOW_PLAINTEXT_LISTENER=yes',
      ].join('\n'),
    );
    const kafka = draftNamed(drafts, 'kafka');
    expect(kafka.kafkaVersion).toEqual({ major: 3, minor: 4, patch: 0 });
    // libkafka.sh writes KAFKA_CERTIFICATE_PASSWORD after every KAFKA_CFG_*: it is the value Kafka reads.
    expect(keysOf(kafka)).toEqual(['listeners', 'listener.name.sasl_ssl.plain.sasl.jaas.config', 'ssl.key.password', 'KAFKA_CLIENT_PASSWORDS', 'ssl.key.password']);
    expect(kafka.entries.filter((entry) => entry.key === 'ssl.key.password').at(-1)?.value).toBe('CANARY-bitnami-cert');
    expect(at(entryOf(kafka, 'KAFKA_CLIENT_PASSWORDS'))).toEqual(['KAFKA_CLIENT_PASSWORDS', 'CANARY-bitnami-pw', 8, 9]);
    expect(entryOf(kafka, 'ssl.key.password').origin).toBe(
      'environment KAFKA_CERTIFICATE_PASSWORD, which bitnami/kafka writes to ssl.key.password and, for JKS, the keystore and truststore passwords',
    );
    expect(at(entryOf(kafka, 'listeners'))).toEqual(['listeners', 'SASL_SSL://:9093', 5, 9]);
    expect(kafka.notes?.map((note) => [note.kind, note.entry.key])).toEqual([['image-ignored-variable', 'ssl.client.auth']]);
  });

  test("kafka-ui's KAFKA_CLUSTERS_* are not broker settings; their PROPERTIES are the UI's Kafka client config", () => {
    const drafts = yamlDrafts(
      [
        'services:',
        '  kafka-ui:',
        '    image: provectuslabs/kafka-ui:latest',
        '    environment:',
        '      KAFKA_CLUSTERS_0_NAME: local',
        '      KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS: kafka:9092',
        '      KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL: SASL_PLAINTEXT',
        '      KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG: x',
      ].join('\n'),
    );
    expect(drafts).toHaveLength(1);
    const ui = drafts[0]!;
    expect(ui.roles).toEqual(['client']);
    expect(ui.name).toBe('kafka-ui (kafka-ui cluster local)');
    expect(ui.entries.map(at)).toEqual([
      ['bootstrap.servers', 'kafka:9092', 6, 7],
      ['security.protocol', 'SASL_PLAINTEXT', 7, 7],
      ['sasl.jaas.config', 'x', 8, 7],
    ]);
  });

  test('services of other tools, and Kafka images used as command-line tools, yield nothing', () => {
    const drafts = yamlDrafts(
      [
        'services:',
        '  zookeeper:',
        '    image: confluentinc/cp-zookeeper:7.9.0',
        '    environment:',
        '      ZOOKEEPER_CLIENT_PORT: 2181',
        '  ksqldb-cli:',
        '    image: confluentinc/cp-ksqldb-cli:7.9.0',
        '    environment:',
        '      KSQL_BOOTSTRAP_SERVERS: kafka:9092',
        '  init-topics:',
        '    image: confluentinc/cp-kafka:7.9.0',
        '    command: kafka-topics --bootstrap-server kafka:9092 --create --topic t',
        '  postgres:',
        '    image: postgres:16',
        '    environment:',
        '      POSTGRES_PASSWORD: CANARY-pg',
      ].join('\n'),
    );
    expect(drafts).toEqual([]);
  });

  test('all services of one file share the group compose:<file>; a worker and the connector posted from its command are judged together', () => {
    const drafts = yamlDrafts(
      [
        'services:',
        '  connect:',
        '    image: confluentinc/cp-kafka-connect:7.9.0',
        '    environment:',
        '      CONNECT_BOOTSTRAP_SERVERS: kafka:9092',
        '    command:',
        '      - bash',
        '      - -c',
        '      - |',
        '        /etc/confluent/docker/run &',
        '        curl -X PUT http://localhost:8083/connectors/jdbc-01/config \\',
        "          -H 'Content-Type: application/json' -d '{",
        '            "connector.class": "io.confluent.connect.jdbc.JdbcSourceConnector",',
        '            "connection.password": "CANARY-jdbc-pw",',
        '            "tasks.max": 1',
        "          }'",
        '        sleep infinity',
      ].join('\n'),
      'deploy/docker-compose.yml',
    );
    expect(drafts.map((draft) => [draft.name, draft.roles, draft.group])).toEqual([
      ['connect', ['worker'], 'compose:deploy/docker-compose.yml'],
      ['jdbc-01', ['connector'], 'compose:deploy/docker-compose.yml'],
    ]);
    const connector = draftNamed(drafts, 'jdbc-01');
    expect(connector.entries.map(at)).toEqual([
      ['connector.class', 'io.confluent.connect.jdbc.JdbcSourceConnector', 13, 13],
      ['connection.password', 'CANARY-jdbc-pw', 14, 13],
      ['tasks.max', '1', 15, 13],
    ]);
    expect(entryOf(connector, 'connection.password').valueSpan).toEqual({ line: 14, column: 36, endLine: 14, endColumn: 52 });
  });

  test('debezium/connect: its short variables and CONNECT_* (every `_` → `.`)', () => {
    const connect = draftNamed(
      yamlDrafts(['services:', '  connect:', '    image: quay.io/debezium/connect:2.7', '    environment:', '      - BOOTSTRAP_SERVERS=kafka:9092', '      - GROUP_ID=1', '      - CONNECT_CONFIG_PROVIDERS=file'].join('\n')),
      'connect',
    );
    expect(connect.entries.map(at)).toEqual([
      ['bootstrap.servers', 'kafka:9092', 5, 9],
      ['group.id', '1', 6, 9],
      ['config.providers', 'file', 7, 9],
    ]);
    expect(connect.kafkaVersion).toBeUndefined();
  });

  test('debezium/kafka: the image default listeners (KRaft chosen by CLUSTER_ID)', () => {
    const kafka = draftNamed(
      yamlDrafts(['services:', '  kafka:', '    image: quay.io/debezium/kafka:2.7', '    environment:', '      - CLUSTER_ID=abc', '      - NODE_ROLE=combined'].join('\n')),
      'kafka',
    );
    expect(kafka.roles).toEqual(['broker', 'controller']);
    expect(entryOf(kafka, 'listeners').value).toBe('PLAINTEXT://:9092,CONTROLLER://:9093');
    expect(entryOf(kafka, 'listener.security.protocol.map').value).toContain('CONTROLLER:PLAINTEXT');
  });

  test('an overlay service (no image, no build) is read but marked: what it does not set is unknown', () => {
    const drafts = yamlDrafts(['services:', '  broker:', '    environment:', '      KAFKA_SUPER_USERS: User:admin'].join('\n'), 'docker-compose.override.yml');
    const broker = draftNamed(drafts, 'broker');
    expect(at(entryOf(broker, 'super.users'))).toEqual(['super.users', 'User:admin', 4, 7]);
    expect(broker.notes?.map((note) => note.kind)).toEqual([COMPOSE_OVERLAY]);
  });

  test('KRaft roles from KAFKA_PROCESS_ROLES', () => {
    const drafts = yamlDrafts(
      ['services:', '  c1:', '    image: apache/kafka:4.0.0', '    environment:', '      KAFKA_PROCESS_ROLES: controller', '  b1:', '    image: apache/kafka:4.0.0', '    environment:', '      KAFKA_PROCESS_ROLES: broker,controller'].join('\n'),
    );
    expect(drafts.map((draft) => [draft.name, draft.roles])).toEqual([
      ['c1', ['controller']],
      ['b1', ['broker', 'controller']],
    ]);
  });

  test.each([
    ['apache/kafka:3.9.0', '3.9.0'],
    ['apache/kafka:latest', undefined],
    // CP x.y.0 ships Apache Kafka a.b.0; later CP patch releases are Confluent's own builds.
    ['confluentinc/cp-kafka:7.6.1', '3.6.x'],
    ['confluentinc/cp-kafka:7.6.1-1-ubi8', '3.6.x'],
    ['confluentinc/cp-kafka:7.6', '3.6.x'],
    ['confluentinc/cp-kafka:7.0.0', '3.0.0'],
    ['confluentinc/cp-server:8.0.0', '4.0.0'],
    ['confluentinc/cp-kafka-connect:5.5.1', '2.5.x'],
    ['confluentinc/cp-kafka:${CP_VERSION}', undefined],
    ['bitnami/kafka:3.4.0-debian-11-r0', '3.4.0'],
    ['wurstmeister/kafka:2.13-2.8.1', '2.8.1'],
    ['quay.io/debezium/kafka:2.7', undefined],
  ])('image %s names Kafka %s', (image, version) => {
    const parsed = kafkaVersionOfImage(image);
    expect(parsed ? formatVersion(parsed) : undefined).toBe(version);
  });

  test('compose file format 1 (services at the top level) is read under a compose name only', () => {
    const text = ['kafka:', '  image: wurstmeister/kafka:2.13-2.8.1', '  environment:', '    KAFKA_LISTENERS: PLAINTEXT://:9092'].join('\n');
    expect(draftNamed(yamlDrafts(text, 'docker-compose.yml'), 'kafka').entries.map(at)).toEqual([['listeners', 'PLAINTEXT://:9092', 4, 5]]);
    expect(yamlDrafts(text, 'values.yaml')).toEqual([]);
  });
});
