import { describe, expect, test } from 'vitest';
import { readJavaScript } from '../../src/model/adapters/javascript.js';
import { at, entryOf, jsDrafts, keysOf } from './helpers.js';

describe('kafkajs', () => {
  test('new Kafka({brokers, ssl, sasl}) as the Java client keys, at the literals that set them', () => {
    const drafts = jsDrafts(
      [
        "const { Kafka } = require('kafkajs')", //    1
        'const kafka = new Kafka({', //                2
        "  clientId: 'orders',", //                    3
        "  brokers: ['kafka-1:9092', 'kafka-2:9092'],", // 4
        '  ssl: true,', //                             5
        '  sasl: {', //                                6
        "    mechanism: 'scram-sha-512',", //          7
        "    username: 'orders',", //                  8
        "    password: 'CANARY-kafkajs-pw',", //       9
        '  },', //                                     10
        '})', //                                       11
      ].join('\n'),
    );
    expect(drafts).toHaveLength(1);
    const client = drafts[0]!;
    expect(client.format).toBe('javascript');
    expect(client.roles).toEqual(['client']);
    expect(client.entries.map(at)).toEqual([
      ['bootstrap.servers', 'kafka-1:9092,kafka-2:9092', 4, 3],
      ['client.id', 'orders', 3, 3],
      ['sasl.mechanism', 'SCRAM-SHA-512', 7, 5],
      ['sasl.jaas.config', 'org.apache.kafka.common.security.scram.ScramLoginModule required username="orders" password="CANARY-kafkajs-pw";', 9, 5],
      ['security.protocol', 'SASL_SSL', 5, 3],
    ]);
    expect(entryOf(client, 'sasl.jaas.config').valueSpan).toEqual({ line: 9, column: 16, endLine: 9, endColumn: 33 });
  });

  test('no ssl: kafkajs connects in plaintext; rejectUnauthorized: false turns certificate checks off', () => {
    const plain = jsDrafts("import { Kafka } from 'kafkajs'\nnew Kafka({ brokers: ['b:9092'] })\n")[0]!;
    expect(entryOf(plain, 'security.protocol').value).toBe('PLAINTEXT');
    const insecure = jsDrafts("import { Kafka } from 'kafkajs'\nconst config = { brokers: ['b:9093'], ssl: { rejectUnauthorized: false } }\nnew Kafka(config)\n")[0]!;
    expect(at(entryOf(insecure, 'ssl.endpoint.identification.algorithm'))).toEqual(['ssl.endpoint.identification.algorithm', '', 2, 46]);
    expect(entryOf(insecure, 'security.protocol').value).toBe('SSL');
  });

  test('values that are not literals are not guessed', () => {
    const client = jsDrafts(
      "const { Kafka } = require('kafkajs')\nnew Kafka({ brokers: process.env.BROKERS.split(','), ssl: process.env.TLS === '1', sasl: { mechanism: 'plain', username: 'u', password: process.env.PW } })\n",
    )[0]!;
    expect(keysOf(client)).toEqual(['sasl.mechanism']);
  });

  test('TypeScript sources', () => {
    const client = jsDrafts("import { Kafka, SASLOptions } from 'kafkajs'\nconst sasl: SASLOptions = { mechanism: 'plain', username: 'a', password: 'CANARY-ts' }\nexport const kafka = new Kafka({ brokers: ['b:9092'] as string[], sasl })\n", 'kafka.ts')[0]!;
    // `sasl` refers to a const holding an object literal; `as string[]` is looked through.
    expect(client.entries.map(at)).toEqual([
      ['bootstrap.servers', 'b:9092', 3, 34],
      ['sasl.mechanism', 'PLAIN', 2, 29],
      ['sasl.jaas.config', 'org.apache.kafka.common.security.plain.PlainLoginModule required username="a" password="CANARY-ts";', 2, 64],
      ['security.protocol', 'SASL_PLAINTEXT', 3, 67],
    ]);
  });
});

describe('librdkafka configs (node-rdkafka, confluent-kafka-javascript)', () => {
  test("object literals with librdkafka keys; 'none' hostname verification is the Java empty value", () => {
    const drafts = jsDrafts(
      [
        "const Kafka = require('node-rdkafka')", //   1
        'const producer = new Kafka.Producer({', //    2
        "  'metadata.broker.list': 'kafka:9092',", //  3
        "  'security.protocol': 'sasl_ssl',", //       4
        "  'sasl.mechanisms': 'PLAIN',", //            5
        "  'sasl.username': 'svc',", //                6
        "  'sasl.password': 'CANARY-rdkafka-pw',", //  7
        "  'ssl.endpoint.identification.algorithm': 'none',", // 8
        '  dr_cb: true,', //                           9
        '})', //                                       10
      ].join('\n'),
    );
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.entries.map(at)).toEqual([
      ['metadata.broker.list', 'kafka:9092', 3, 3],
      ['security.protocol', 'sasl_ssl', 4, 3],
      ['sasl.mechanisms', 'PLAIN', 5, 3],
      ['sasl.username', 'svc', 6, 3],
      ['sasl.password', 'CANARY-rdkafka-pw', 7, 3],
      ['ssl.endpoint.identification.algorithm', '', 8, 3],
    ]);
    expect(entryOf(drafts[0]!, 'sasl.password').valueSpan).toEqual({ line: 7, column: 21, endLine: 7, endColumn: 38 });
  });

  test("confluent-kafka-javascript's kafkaJS block is read as kafkajs", () => {
    const drafts = jsDrafts("const { Kafka } = require('@confluentinc/kafka-javascript').KafkaJS\nnew Kafka({ kafkaJS: { brokers: ['b:9092'], ssl: true } })\n");
    expect(drafts.map((draft) => draft.entries.map(at))).toEqual([
      [
        ['bootstrap.servers', 'b:9092', 2, 24],
        ['security.protocol', 'SSL', 2, 45],
      ],
    ]);
  });

  test('a syntax error names its place and never quotes the source', () => {
    const result = readJavaScript({ file: 'bad.js', kind: 'javascript', text: "const kafkajs = require('kafkajs')\nconst x = {'CANARY-js': \n" });
    expect(result.error?.line).toBe(3);
    expect(result.error?.message).toMatch(/^not valid JavaScript/);
    expect(result.error?.message).not.toContain('CANARY');
  });
});
