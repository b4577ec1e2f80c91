import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocatedFinding } from '../../src/engine/finding.js';
import type { Attacker, Posture } from '../../src/rule-kit/types.js';
import { classifyFinding, conditionHolds, keyMatches, postureMatch, postureOf } from '../../src/threat-model/classify.js';
import { loadPolicy } from '../../src/threat-model/load.js';
import type { ValueCondition } from '../../src/threat-model/policy.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

/** A policy with one of everything, including overlapping posture globs. */
const POLICY = loadPolicy(
  `# Test model

## §3 Scope

\`\`\`yaml threat-model
out_of_scope:
  - paths: ["**/tests/**", "vendor/**"]
    reason: "tests are not deployed"
\`\`\`

## §5 Deployment postures

\`\`\`yaml threat-model
default: production
development: ["**/dev/**"]
production: ["**/prod/**"]
hardened: ["envs/pci/**", "**/hardened/**"]
\`\`\`

## §7 Adversaries and trusted peers

\`\`\`yaml threat-model
trusted: [operator, cluster-peer, local-user]
\`\`\`

## §11a Known non-findings

\`\`\`yaml threat-model
- id: sasl-receive-size-default
  key: sasl.server.max.receive.size
  when: "<= 524288"
  reason: "the default bound is accepted"
- id: symlinks
  rule: connect-file-provider-symlinks
  reason: "needs local disk access"
- id: file-connectors
  key: connector.class
  when: '/^org\\.apache\\.kafka\\.connect\\.file\\.FileStream(Source|Sink)Connector$/'
  reason: "intended function"
- id: loopback-plaintext
  rule: plaintext-listener
  key: listeners
  when: '/\\/\\/(localhost|127\\.0\\.0\\.1):/'
  reason: "loopback only"
- id: env-allowlist
  key: config.providers.*.param.allowlist.pattern
  when: "!= .*"
  reason: "any pattern but .* is a choice"
\`\`\`
`,
  'THREAT_MODEL.md',
);

interface FindingSpec {
  readonly ruleId?: string;
  readonly attacker?: Attacker;
  readonly posture?: Posture;
  readonly key?: string;
  readonly value?: string;
}

function finding(spec: FindingSpec = {}): LocatedFinding {
  return {
    ruleId: spec.ruleId ?? 'some-rule',
    title: 'A title',
    severity: 'high',
    component: 'broker',
    attacker: spec.attacker ?? 'network-client',
    posture: spec.posture ?? 'production',
    references: ['CWE-319'],
    file: 'ignored-by-the-classifier.properties',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 20,
    key: spec.key ?? 'listeners',
    value: spec.value,
    message: 'A message.',
    fingerprint: 'f'.repeat(32),
    valueHash: '0'.repeat(16),
  };
}

function judge(path: string, spec: FindingSpec = {}): [string, string, string] {
  const judged = classifyFinding(finding(spec), path, POLICY);
  return [judged.classification, judged.section, judged.reason];
}

describe('classification order: scope → trusted attacker → §11a → posture → VALID', () => {
  test.each([
    // 1. out of scope wins over everything, even a trusted attacker or a known non-finding
    ['out of scope', 'a/tests/server.properties', {}, 'OUT-OF-MODEL', '§3', 'tests are not deployed (the path matches **/tests/**)'],
    ['out of scope, second glob', 'vendor/kafka/server.properties', {}, 'OUT-OF-MODEL', '§3', 'tests are not deployed (the path matches vendor/**)'],
    ['out of scope beats a trusted attacker', 'tests/x.properties', { attacker: 'operator' }, 'OUT-OF-MODEL', '§3', 'tests are not deployed (the path matches **/tests/**)'],
    ['out of scope beats §11a', 'tests/x.properties', { key: 'sasl.server.max.receive.size', value: '1' }, 'OUT-OF-MODEL', '§3', 'tests are not deployed (the path matches **/tests/**)'],
    // 2. a trusted attacker
    ['trusted operator', 'prod/server.properties', { attacker: 'operator' }, 'OUT-OF-MODEL', '§7', 'the attacker this rule needs (operator) is trusted in this threat model'],
    ['trusted cluster peer', 'server.properties', { attacker: 'cluster-peer' }, 'OUT-OF-MODEL', '§7', 'the attacker this rule needs (cluster-peer) is trusted in this threat model'],
    ['trusted local user beats §11a', 'server.properties', { attacker: 'local-user', ruleId: 'connect-file-provider-symlinks' }, 'OUT-OF-MODEL', '§7', 'the attacker this rule needs (local-user) is trusted in this threat model'],
    ['untrusted repo reader is judged on', 'envs/pci/secret.properties', { attacker: 'repo-reader', posture: 'development' }, 'VALID', '§5', 'a real problem in a hardened deployment (the path matches envs/pci/**)'],
    // 3. §11a by key with a numeric condition
    ['§11a key, value at the bound', 'server.properties', { key: 'sasl.server.max.receive.size', value: '524288' }, 'BY-DESIGN', '§11a:sasl-receive-size-default', 'the default bound is accepted'],
    ['§11a key, value below the bound', 'server.properties', { key: 'sasl.server.max.receive.size', value: ' 1024 ' }, 'BY-DESIGN', '§11a:sasl-receive-size-default', 'the default bound is accepted'],
    ['§11a key, value above the bound', 'server.properties', { key: 'sasl.server.max.receive.size', value: '524289' }, 'VALID', '§5', 'a real problem in a production deployment (the default posture)'],
    ['§11a key, per-listener form', 'server.properties', { key: 'listener.name.sasl_ssl.sasl.server.max.receive.size', value: '4096' }, 'BY-DESIGN', '§11a:sasl-receive-size-default', 'the default bound is accepted'],
    ['§11a key, no value to test', 'server.properties', { key: 'sasl.server.max.receive.size' }, 'VALID', '§5', 'a real problem in a production deployment (the default posture)'],
    ['§11a key, not a number', 'server.properties', { key: 'sasl.server.max.receive.size', value: '512k' }, 'VALID', '§5', 'a real problem in a production deployment (the default posture)'],
    // 3. §11a by rule
    ['§11a rule, any key', 'prod/connect.properties', { ruleId: 'connect-file-provider-symlinks', key: 'config.providers.file.param.allowed.paths', value: '/etc/secrets' }, 'BY-DESIGN', '§11a:symlinks', 'needs local disk access'],
    ['§11a rule, another rule on that key', 'prod/connect.properties', { ruleId: 'connect-file-provider-unrestricted', key: 'config.providers.file.param.allowed.paths', value: '/' }, 'VALID', '§5', 'a real problem in a production deployment (the path matches **/prod/**)'],
    // 3. §11a by a regex condition
    ['§11a regex matches', 'connectors/file.json', { key: 'connector.class', value: 'org.apache.kafka.connect.file.FileStreamSinkConnector' }, 'BY-DESIGN', '§11a:file-connectors', 'intended function'],
    ['§11a regex does not match', 'connectors/jdbc.json', { key: 'connector.class', value: 'io.confluent.connect.jdbc.JdbcSinkConnector' }, 'VALID', '§5', 'a real problem in a production deployment (the default posture)'],
    // 3. §11a by rule and key together: both must match
    ['§11a rule + key + when', 'server.properties', { ruleId: 'plaintext-listener', key: 'listeners', value: 'PLAINTEXT://localhost:9092' }, 'BY-DESIGN', '§11a:loopback-plaintext', 'loopback only'],
    ['§11a rule + key, when fails', 'server.properties', { ruleId: 'plaintext-listener', key: 'listeners', value: 'PLAINTEXT://0.0.0.0:9092' }, 'VALID', '§5', 'a real problem in a production deployment (the default posture)'],
    ['§11a rule + key, other rule', 'server.properties', { ruleId: 'sasl-plaintext-listener', key: 'listeners', value: 'SASL_PLAINTEXT://localhost:9092' }, 'VALID', '§5', 'a real problem in a production deployment (the default posture)'],
    // 3. §11a with a wildcard key and a != condition
    ['§11a wildcard key, != holds', 'connect.properties', { key: 'config.providers.env.param.allowlist.pattern', value: '^SECRET_.*$' }, 'BY-DESIGN', '§11a:env-allowlist', 'any pattern but .* is a choice'],
    ['§11a wildcard key, != fails', 'connect.properties', { key: 'config.providers.env.param.allowlist.pattern', value: '.*' }, 'VALID', '§5', 'a real problem in a production deployment (the default posture)'],
    // 3. §11a comes before the posture
    ['§11a beats the development posture', 'dev/server.properties', { key: 'sasl.server.max.receive.size', value: '100' }, 'BY-DESIGN', '§11a:sasl-receive-size-default', 'the default bound is accepted'],
    // 4. posture: the file is less strict than the rule
    ['production rule in development', 'dev/server.properties', { posture: 'production' }, 'BY-DESIGN', '§5', 'accepted in a development deployment (the path matches **/dev/**); this rule applies from the production posture on'],
    ['hardened rule in production', 'prod/server.properties', { posture: 'hardened' }, 'BY-DESIGN', '§5', 'accepted in a production deployment (the path matches **/prod/**); this rule applies from the hardened posture on'],
    ['hardened rule by default', 'server.properties', { posture: 'hardened' }, 'BY-DESIGN', '§5', 'accepted in a production deployment (the default posture); this rule applies from the hardened posture on'],
    ['hardened rule in development', 'dev/server.properties', { posture: 'hardened' }, 'BY-DESIGN', '§5', 'accepted in a development deployment (the path matches **/dev/**); this rule applies from the hardened posture on'],
    // 5. VALID
    ['development rule in development', 'dev/server.properties', { posture: 'development' }, 'VALID', '§5', 'a real problem in a development deployment (the path matches **/dev/**)'],
    ['production rule in production', 'prod/server.properties', { posture: 'production' }, 'VALID', '§5', 'a real problem in a production deployment (the path matches **/prod/**)'],
    ['hardened rule in hardened', 'envs/pci/server.properties', { posture: 'hardened' }, 'VALID', '§5', 'a real problem in a hardened deployment (the path matches envs/pci/**)'],
    ['production rule in hardened', 'envs/pci/server.properties', { posture: 'production' }, 'VALID', '§5', 'a real problem in a hardened deployment (the path matches envs/pci/**)'],
    // overlapping globs take the strictest posture
    ['dev inside prod is production', 'prod/dev/server.properties', { posture: 'production' }, 'VALID', '§5', 'a real problem in a production deployment (the path matches **/prod/**)'],
    ['prod inside dev is production', 'dev/prod/server.properties', { posture: 'production' }, 'VALID', '§5', 'a real problem in a production deployment (the path matches **/prod/**)'],
    ['hardened inside dev is hardened', 'dev/hardened/server.properties', { posture: 'hardened' }, 'VALID', '§5', 'a real problem in a hardened deployment (the path matches **/hardened/**)'],
    ['hardened inside prod is hardened', 'prod/hardened/server.properties', { posture: 'hardened' }, 'VALID', '§5', 'a real problem in a hardened deployment (the path matches **/hardened/**)'],
  ] as const)('%s: %s', (_label, path, spec, classification, section, reason) => {
    expect(judge(path, spec)).toEqual([classification, section, reason]);
  });

  test('the classified finding keeps every field but the value', () => {
    const input = finding({ key: 'sasl.server.max.receive.size', value: 'secret-looking-524288' });
    const judged = classifyFinding(input, 'server.properties', POLICY);
    const { value: _value, ...rest } = input;
    expect(judged).toEqual({ ...rest, classification: 'VALID', reason: 'a real problem in a production deployment (the default posture)', section: '§5' });
    expect('value' in judged).toBe(false);
  });

  test('a development default posture makes unnamed files development', () => {
    const relaxed = loadPolicy('## §5 P\n```yaml threat-model\ndefault: development\nproduction: ["prod/**"]\n```\n', 'T.md');
    expect(classifyFinding(finding(), 'server.properties', relaxed).reason).toBe(
      'accepted in a development deployment (the default posture); this rule applies from the production posture on',
    );
    expect(classifyFinding(finding(), 'prod/server.properties', relaxed).classification).toBe('VALID');
  });

  test('a model that trusts nobody judges every attacker', () => {
    const strict = loadPolicy('## §7 A\n```yaml threat-model\ntrusted: []\n```\n', 'T.md');
    expect(classifyFinding(finding({ attacker: 'operator' }), 'server.properties', strict).classification).toBe('VALID');
  });
});

describe('postureOf takes the strictest list, whatever the order of the blocks', () => {
  const reversed = loadPolicy(
    '## §5 P\n```yaml threat-model\nhardened: ["**/pci/**"]\n```\n\n### more\n```yaml threat-model\ndevelopment: ["**/dev/**", "**/pci/sandbox/**"]\nproduction: ["**/dev/shared/**"]\n```\n',
    'T.md',
  );
  test.each([
    ['server.properties', 'production'],
    ['dev/server.properties', 'development'],
    ['dev/shared/server.properties', 'production'],
    ['pci/server.properties', 'hardened'],
    ['pci/sandbox/server.properties', 'hardened'],
    ['dev/pci/server.properties', 'hardened'],
  ] as const)('%s → %s', (path, posture) => {
    expect(postureOf(path, reversed)).toBe(posture);
  });
  test('postureMatch names the deciding glob', () => {
    expect(postureMatch('dev/pci/x', reversed).glob?.source).toBe('**/pci/**');
    expect(postureMatch('x', reversed).glob).toBeUndefined();
  });
});

describe('conditionHolds', () => {
  const compare = (operator: '=' | '!=' | '<' | '<=' | '>' | '>=', operand: string): ValueCondition => ({ kind: 'compare', operator, operand, text: `${operator} ${operand}` });
  test.each([
    [compare('<=', '524288'), '524288', true],
    [compare('<=', '524288'), '524289', false],
    [compare('<=', '524288'), '-1', true],
    [compare('<', '100'), '99.5', true],
    [compare('<', '100'), '100', false],
    [compare('>', '0'), '1', true],
    [compare('>=', '100'), '100', true],
    [compare('>=', '100'), '0', false],
    [compare('>=', '100'), 'abc', false],
    [compare('=', '600000'), ' 600000 ', true],
    [compare('=', '600000'), '600000.0', true],
    [compare('=', 'PLAINTEXT'), 'PLAINTEXT', true],
    [compare('=', 'PLAINTEXT'), 'plaintext', false],
    [compare('!=', 'All'), 'None', true],
    [compare('!=', 'All'), 'All', false],
    [compare('!=', '5'), '5.0', false],
    [{ kind: 'regex', regex: /^https:/i, text: '/^https:/i' }, 'HTTPS://x', true],
    [{ kind: 'regex', regex: /^https:/, text: '/^https:/' }, 'http://x', false],
  ] as const)('%o on %s → %s', (condition, value, holds) => {
    expect(conditionHolds(condition, value)).toBe(holds);
  });
});

describe('keyMatches', () => {
  test.each([
    ['sasl.server.max.receive.size', 'sasl.server.max.receive.size', true],
    ['sasl.server.max.receive.size', 'listener.name.external.sasl.server.max.receive.size', true],
    ['sasl.server.max.receive.size', 'listener.name.external.scram-sha-512.sasl.server.max.receive.size', true],
    ['sasl.server.max.receive.size', 'producer.sasl.server.max.receive.size', false],
    ['sasl.server.max.receive.size', 'xsasl.server.max.receive.size', false],
    ['config.providers.*.param.allowed.paths', 'config.providers.file.param.allowed.paths', true],
    ['config.providers.*.param.allowed.paths', 'config.providers..param.allowed.paths', false],
    ['config.providers.*.param.allowed.paths', 'config.providers.file.param.allowed.pathsx', false],
    ['*.override.sasl.jaas.config', 'producer.override.sasl.jaas.config', true],
    ['listeners', '', false],
  ] as const)('%s ~ %s → %s', (policyKey, key, matches) => {
    expect(keyMatches(policyKey, key)).toBe(matches);
  });
});

describe('the shipped THREAT_MODEL.md', () => {
  const shipped = loadPolicy(readFileSync(join(PROJECT_ROOT, 'THREAT_MODEL.md'), 'utf8'), 'THREAT_MODEL.md');
  const scoped = (path: string): string => {
    const judged = classifyFinding(finding({ posture: 'development' }), path, shipped);
    return judged.classification === 'OUT-OF-MODEL' ? 'out of scope' : postureOf(path, shipped);
  };

  test.each([
    // the README demo scans examples/ (the root is examples/) and the repository root
    ['prod/server.properties', 'production'],
    ['dev/server.properties', 'development'],
    ['examples/prod/connect-distributed.properties', 'production'],
    ['examples/dev/server.properties', 'development'],
    ['samples/server.properties', 'production'],
    // rule fixtures are rooted at their rule folder
    ['fires/server.properties', 'production'],
    ['fires/dev/server.properties', 'development'],
    ['fixtures/rules/plaintext-listener/fires/server.properties', 'production'],
    // a test environment is a real cluster; test code is not
    ['envs/test/server.properties', 'production'],
    ['test/server.properties', 'production'],
    ['src/test/resources/server.properties', 'out of scope'],
    ['connector/src/integrationTest/resources/sink.json', 'out of scope'],
    ['tests/kafkatest/services/kafka/templates/kafka.properties', 'out of scope'],
    ['docker/test/fixtures/mode/combined/docker-compose.yml', 'out of scope'],
    ['trogdor/agent.json', 'out of scope'],
    // development by name
    ['local/server.properties', 'development'],
    ['config/server-dev.properties', 'development'],
    ['helm/values-dev.yaml', 'development'],
    ['application.local.yml', 'development'],
    ['quickstart-deploy/confluent-platform.yaml', 'development'],
    ['config/source-quickstart-sqlite.properties', 'development'],
    ['docker-compose.yml', 'development'],
    ['examples/docker/compose-plain.yml', 'development'],
    // production beats a development-looking name
    ['prod/docker-compose.yml', 'production'],
    ['docker-compose.prod.yml', 'production'],
    ['deploy/docker-compose-production.yaml', 'production'],
    ['staging/local/server.properties', 'production'],
    ['rootfs/usr/local/kafka/config/server.properties', 'production'],
    ['kafka-producer.properties', 'production'],
    ['connect-distributed.properties', 'production'],
    // hardened beats both
    ['pci/server.properties', 'hardened'],
    ['envs/prod-hardened/server.properties', 'hardened'],
    ['dev/hardened/server.properties', 'hardened'],
    ['server-hardened.properties', 'hardened'],
    ['hipaa/docker-compose.yml', 'hardened'],
  ] as const)('%s → %s', (path, expected) => {
    expect(scoped(path)).toBe(expected);
  });

  describe('the path as the user named it is matched too (scan examples/dev: the root is dev/ itself)', () => {
    const judge = (rootPath: string, shownPath: string, posture: 'development' | 'production' = 'production') =>
      classifyFinding(finding({ posture }), rootPath, shipped, shownPath);

    test('a file of a scanned dev/ folder is a development file', () => {
      const judged = judge('server.properties', 'examples/dev/server.properties');
      expect([judged.classification, judged.reason]).toEqual([
        'BY-DESIGN',
        'accepted in a development deployment (the path matches **/dev/**); this rule applies from the production posture on',
      ]);
    });

    test('the strictest posture of the two paths wins', () => {
      expect(judge('prod/server.properties', 'dev/prod/server.properties').classification).toBe('VALID');
    });

    test('a scanned test folder is out of scope', () => {
      expect(judge('server.properties', 'src/test/resources/server.properties').classification).toBe('OUT-OF-MODEL');
    });

    test('a path that climbs out of the current folder is not matched (its leading folders are not the user\'s)', () => {
      expect(judge('server.properties', '../dev/server.properties').classification).toBe('VALID');
    });
  });

  test.each([
    ['sasl.server.max.receive.size', '524288', 'BY-DESIGN §11a:sasl-receive-size-default'],
    ['sasl.server.max.receive.size', '1048576', 'VALID §5'],
    ['connections.max.idle.ms', '600000', 'BY-DESIGN §11a:pre-auth-idle-timeout-default'],
    ['connections.max.idle.ms', '30000', 'BY-DESIGN §11a:pre-auth-idle-timeout-default'],
    ['connections.max.idle.ms', '600001', 'VALID §5'],
    ['connections.max.idle.ms', '-1', 'VALID §5'],
    ['offset.storage.file.filename', '/tmp/connect.offsets', 'BY-DESIGN §11a:kafka-20450-offsets-file'],
    ['socket.request.max.bytes', '104857600', 'BY-DESIGN §11a:request-size-default'],
    ['socket.request.max.bytes', '209715200', 'VALID §5'],
    ['queued.max.requests', '500', 'BY-DESIGN §11a:queued-requests-default'],
    ['connection.failed.authentication.delay.ms', '100', 'BY-DESIGN §11a:failed-auth-delay-default'],
    ['connection.failed.authentication.delay.ms', '0', 'VALID §5'],
    ['connector.class', 'org.apache.kafka.connect.file.FileStreamSourceConnector', 'BY-DESIGN §11a:file-connectors-disk-access'],
    ['connector.class', 'FileStreamSink', 'BY-DESIGN §11a:file-connectors-disk-access'],
    ['connector.class', 'com.example.FileStreamSinkConnector', 'VALID §5'],
  ] as const)('§11a: %s=%s → %s', (key, value, expected) => {
    const judged = classifyFinding(finding({ key, value }), 'prod/server.properties', shipped);
    expect(`${judged.classification} ${judged.section}`).toBe(expected);
  });

  test('the symlink non-finding matches its rule; the attackers Kafka trusts are out of model', () => {
    expect(classifyFinding(finding({ ruleId: 'connect-file-provider-symlinks', attacker: 'rest-client' }), 'prod/c.properties', shipped).section).toBe(
      '§11a:provider-allowed-paths-symlinks',
    );
    for (const attacker of ['operator', 'cluster-peer', 'local-user'] as const) {
      expect(classifyFinding(finding({ attacker }), 'prod/c.properties', shipped).section).toBe('§7');
    }
    for (const attacker of ['network-client', 'authenticated-client', 'rest-client', 'repo-reader'] as const) {
      expect(classifyFinding(finding({ attacker }), 'prod/c.properties', shipped).classification).toBe('VALID');
    }
  });
});
