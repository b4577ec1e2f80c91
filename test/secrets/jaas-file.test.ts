import { describe, expect, test } from 'vitest';
import { sniffKind } from '../../src/discover/sniff.js';
import { buildDocuments } from '../../src/model/build.js';
import { parseJaasFile, roleOfSection } from '../../src/model/adapters/jaas-file.js';
import { secretsInDocument } from '../../src/model/kafka/secret-patterns.js';
import { parseJaasConfig } from '../../src/model/kafka/jaas.js';
import { registerReaders } from '../../src/scan/readers.js';
import { NEWEST_KAFKA_VERSION } from '../../src/util/version.js';

const SERVER = `// broker login
KafkaServer {
   org.apache.kafka.common.security.plain.PlainLoginModule required
   username="admin"
   password="CANARY-a1"
   user_alice="CANARY-b2";
};

Client {
   org.apache.zookeeper.server.auth.DigestLoginModule required
   username="kafka" password="CANARY-c3";
};
`;

async function documents(text: string, file = 'kafka_server_jaas.conf') {
  registerReaders();
  return buildDocuments({ file, kind: 'jaas', text }, NEWEST_KAFKA_VERSION);
}

describe('sniffing', () => {
  test('a .conf file with sections and a login module is JAAS', () => {
    expect(sniffKind('kafka_server_jaas.conf', SERVER)).toBe('jaas');
    expect(sniffKind('jaas.cfg', SERVER)).toBe('jaas');
    expect(sniffKind('client-jaas', 'KafkaClient\n{\n x.PlainLoginModule required username="a";\n};')).toBe('jaas');
  });

  test('a .conf properties file holding sasl.jaas.config is still properties', () => {
    const text = 'bootstrap.servers=kafka:9093\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="a" password="CANARY-p";\n';
    expect(sniffKind('client.conf', text)).toBe('properties');
  });

  test('other .conf files are not inputs', () => {
    expect(sniffKind('nginx.conf', 'server {\n listen 80;\n}\n')).toBeUndefined();
  });
});

describe('JAAS file adapter', () => {
  test('one document per section, with its role and a sasl.jaas.config entry', async () => {
    const built = await documents(SERVER);
    expect(built.error).toBeUndefined();
    expect(built.documents.map((doc) => [doc.name, doc.roles, doc.format, doc.entries.map((entry) => entry.key)])).toEqual([
      ['KafkaServer', ['broker'], 'jaas', ['sasl.jaas.config']],
      ['Client', ['client'], 'jaas', ['sasl.jaas.config']],
    ]);
    const entry = built.documents[0]!.entries[0]!;
    expect(entry.span).toEqual({ line: 2, column: 1, endLine: 7, endColumn: 3 });
    expect(entry.origin).toBe('JAAS section KafkaServer');
    expect(parseJaasConfig(entry.value).map((module) => module.options.map((option) => option.name))).toEqual([['username', 'password', 'user_alice']]);
  });

  test('secrets are located on their own lines', async () => {
    const built = await documents(SERVER);
    const located = built.documents.flatMap((doc) => secretsInDocument(doc)).map(({ secret, span }) => [secret.rule, span]);
    expect(located).toEqual([
      ['jaas-inline-credential', { line: 5, column: 14, endLine: 5, endColumn: 23 }],
      ['jaas-inline-credential', { line: 6, column: 16, endLine: 6, endColumn: 25 }],
      ['jaas-inline-credential', { line: 11, column: 31, endLine: 11, endColumn: 40 }],
    ]);
  });

  test('# comment lines are skipped and kept as comments', async () => {
    const parsed = parseJaasFile('KafkaClient {\n  # connect-audit-ignore jaas-inline-credential\n  x.PlainLoginModule required password="CANARY-d4";\n};\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.comments).toEqual([{ line: 2, text: ' connect-audit-ignore jaas-inline-credential' }]);
    expect(parsed.value.text).not.toContain('#');
  });

  test('a provider reference does not close the section', async () => {
    const built = await documents('KafkaServer {\n x.PlainLoginModule required user_a=${file:/s:a} user_b="CANARY-e5";\n};\n');
    expect(built.documents).toHaveLength(1);
    expect(secretsInDocument(built.documents[0]!).map(({ secret }) => secret.discriminator)).toEqual(['0:user_b']);
  });

  test('listener-prefixed and other sections', () => {
    expect(roleOfSection('sasl_ssl.KafkaServer')).toBe('broker');
    expect(roleOfSection('KafkaClient')).toBe('client');
    expect(roleOfSection('KafkaConnect')).toBe('worker');
    expect(roleOfSection('Server')).toBe('broker');
    expect(roleOfSection('MyApp')).toBe('client');
  });

  test.each([
    ['KafkaServer {\n x.PlainLoginModule required password="CANARY-unterminated\n', 2, 'a quoted value is not closed'],
    ['KafkaServer {\n x.PlainLoginModule required password="CANARY-f6";\n', 1, 'the section is not closed'],
    ['KafkaServer\n x.PlainLoginModule required password="CANARY-g7";\n};\n', 2, 'expected "{"'],
    ['KafkaServer { /* CANARY-h8 \n', 1, 'comment is not closed'],
  ])('a broken file is an error that quotes nothing: %j', async (text, line, message) => {
    const built = await documents(text);
    expect(built.error?.line).toBe(line);
    expect(built.error?.message).toContain(message);
    expect(built.error?.message).not.toContain('CANARY');
  });

  test('an empty file has no documents', async () => {
    expect((await documents('// nothing here\n')).documents).toEqual([]);
  });
});
