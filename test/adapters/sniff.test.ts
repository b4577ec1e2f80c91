import { describe, expect, test } from 'vitest';
import { sniffKind } from '../../src/discover/sniff.js';

describe('sniffing YAML and JavaScript inputs', () => {
  test.each([
    ['docker-compose.yml', 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n', 'yaml'],
    ['kafka.yaml', 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\n', 'yaml'],
    ['connector.yaml', '{"name": "x", "config": {"connector.class": "C"}}', 'yaml'],
    ['values.yaml', 'configurationOverrides:\n  "plugin.path": x\n', 'yaml'],
    ['workflow.yml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n', undefined],
    ['producer.js', "const { Kafka } = require('kafkajs')\n", 'javascript'],
    ['producer.mjs', "import Kafka from 'node-rdkafka'\n", 'javascript'],
    ['producer.cjs', "require('@confluentinc/kafka-javascript')\n", 'javascript'],
    ['producer.ts', "import { Kafka } from 'kafkajs'\n", 'javascript'],
    ['types.d.ts', "declare module 'kafkajs' {}\n", undefined],
    ['server.js', "const express = require('express')\n", undefined],
  ])('%s → %s', (name, head, kind) => {
    expect(sniffKind(name, head)).toBe(kind);
  });
});
