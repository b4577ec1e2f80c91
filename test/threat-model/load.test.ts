import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasPolicyBlocks, loadPolicy, PolicyError } from '../../src/threat-model/load.js';
import type { Policy } from '../../src/threat-model/policy.js';
import { compileGlob, GlobSyntaxError } from '../../src/util/glob.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

const FIXTURES = join(PROJECT_ROOT, 'fixtures', 'threat-model');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

function errorOf(markdown: string, path = 'THREAT_MODEL.md'): PolicyError {
  try {
    loadPolicy(markdown, path);
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('expected a PolicyError, but the threat model loaded');
}

/** [fixture, line, column, a substring of the message] */
const MALFORMED: readonly (readonly [string, number, number, string])[] = [
  // unknown keys, with a suggestion where one is near
  ['unknown-scope-key.md', 6, 1, 'unknown key "out_of_scop" in the §3 block (did you mean out_of_scope?)'],
  ['unknown-entry-key.md', 9, 3, 'unknown key "reasons" in a known non-finding (did you mean reason?)'],
  ['misspelt-posture-key.md', 8, 1, 'unknown key "hardend" in the §5 block (did you mean hardened?)'],
  // vocabulary
  ['misspelt-posture-value.md', 6, 10, 'unknown posture "prod" (did you mean production?)'],
  ['unknown-attacker.md', 6, 21, 'unknown attacker "cluster-peers" (did you mean cluster-peer?)'],
  ['crlf-unknown-attacker.md', 6, 21, 'unknown attacker "admin" (did you mean operator?)'],
  ['bad-rule-id.md', 7, 9, 'rule "Plaintext_Listener" is not a rule id: rule ids are kebab-case'],
  ['key-with-value.md', 7, 8, 'contains "="; to match a value, use "when"'],
  // globs: the column is the offending character inside the quoted glob
  ['bad-glob-brace.md', 8, 9, 'bad glob: unclosed "{" in "**/{dev,local/**"'],
  ['bad-glob-doublestar.md', 7, 18, '"**" must be a whole path segment in "envs/**test/**"'],
  ['bad-glob-negated.md', 6, 13, 'negated globs (!…) are not supported'],
  ['bad-glob-backslash.md', 7, 17, 'use "/" as the path separator'],
  // when
  ['bad-when-operator.md', 8, 9, '"=<" is not an operator (did you mean <=?)'],
  ['bad-when-not-a-number.md', 8, 9, '"<=" compares numbers, and "512k" is not a number'],
  ['bad-when-regex.md', 8, 9, 'bad "when" regular expression /FileStream(Source|Sink/: Unterminated group'],
  ['bad-when-regex-flag.md', 8, 9, 'flag "g" is not allowed'],
  // wrong types
  ['wrong-type-paths.md', 7, 12, 'paths must be a list of globs, e.g. ["**/tests/**"], not the string "**/tests/**"'],
  ['wrong-type-reason.md', 9, 11, 'reason must be a string, not the number 500'],
  ['wrong-type-trusted.md', 6, 10, 'trusted must be a list of attackers, e.g. [operator, cluster-peer], not the string "operator"'],
  ['empty-value.md', 6, 1, 'out_of_scope must be a list of {paths, reason} entries, not nothing'],
  ['neither-rule-nor-key.md', 6, 3, 'known non-finding "vague" names neither a rule nor a key'],
  // duplicates, also across blocks of one section
  ['duplicate-id.md', 18, 7, 'duplicate known non-finding id "sasl-receive-size-default" (first used at line 6)'],
  ['duplicate-attacker.md', 9, 5, 'operator is already trusted at line 7'],
  ['default-set-twice.md', 12, 1, 'the default posture is already set at line 6'],
  ['yaml-duplicate-key.md', 8, 1, 'invalid YAML: Map keys must be unique'],
  // where blocks may be
  ['policy-in-prose-section.md', 13, 1, 'a yaml threat-model block under §14 (line 9), which carries no policy'],
  ['policy-in-subsection-5a.md', 11, 1, 'a yaml threat-model block under §5a (line 9), which carries no policy'],
  ['policy-under-plain-heading.md', 19, 1, 'under "Appendix: examples" (line 17), which is not a § section'],
  ['policy-before-sections.md', 3, 1, 'under "Threat model" (line 1), which is not a § section'],
  ['no-policy-blocks.md', 1, 1, 'no ```yaml threat-model policy blocks'],
  ['empty-block.md', 5, 1, 'empty yaml threat-model block'],
  // fences
  ['unclosed-fence.md', 11, 3, 'unclosed yaml threat-model block: no closing ``` before the end of the file'],
  ['unclosed-other-fence.md', 7, 1, 'this code block is not closed before line 12, so the yaml threat-model block there is read as part of it'],
  ['next-block-before-close.md', 5, 1, 'the yaml threat-model block opened here is not closed before the next one at line 10'],
  ['near-miss-info.md', 5, 4, 'the code block is marked "yml threat-model", which is not read as policy'],
  // safe YAML
  ['yaml-tag.md', 6, 10, 'YAML tags (!!set) are not allowed in a policy block'],
  ['yaml-alias.md', 6, 14, 'YAML anchors (&dev) and aliases are not allowed in a policy block'],
  ['yaml-syntax.md', 8, 5, 'invalid YAML: Flow sequence in block collection must be sufficiently indented'],
  ['yaml-two-documents.md', 7, 1, 'a policy block holds one YAML document'],
];

describe('malformed threat models name the line and column of the mistake', () => {
  test.each(MALFORMED)('%s → %i:%i', (name, line, column, message) => {
    const error = errorOf(fixture(name), `fixtures/threat-model/${name}`);
    expect({ file: error.file, line: error.line, column: error.column }).toEqual({ file: `fixtures/threat-model/${name}`, line, column });
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('\n');
  });
});

describe('more mistakes, inline', () => {
  const wrap = (section: string, yaml: string): string => `# T\n\n## ${section}\n\n\`\`\`yaml threat-model\n${yaml}\n\`\`\`\n`;
  const cases: readonly (readonly [string, string, string, number, number, string])[] = [
    ['a §3 block without out_of_scope', '§3 Scope', 'reason: "x"', 6, 1, 'unknown key "reason" in the §3 block'],
    ['an empty paths list', '§3 Scope', 'out_of_scope:\n  - paths: []\n    reason: x', 7, 12, 'paths is empty'],
    ['an out_of_scope entry without reason', '§3 Scope', 'out_of_scope:\n  - paths: ["a/**"]', 7, 5, 'an out_of_scope entry is missing "reason"'],
    ['".." in a glob', '§3 Scope', 'out_of_scope:\n  - paths: ["../x/**"]\n    reason: x', 7, 14, '".." never matches'],
    ['"//" in a glob', '§5 Postures', 'development: ["a//b"]', 6, 17, 'empty path segment'],
    ['a posture list that is a string', '§5 Postures', 'hardened: "envs/pci/**"', 6, 11, 'hardened must be a list of globs'],
    ['an empty §5 mapping', '§5 Postures', '{}', 6, 1, 'the §5 block is empty'],
    ['a §11a block that is a mapping', '§11a Known non-findings', 'id: x\nreason: y', 6, 1, 'the §11a block must be a list of {id, key, rule, when, reason} entries, not a mapping'],
    ['an id with spaces', '§11a Known non-findings', '- id: "two words"\n  key: a.b\n  reason: x', 6, 7, 'id "two words" must be letters, digits'],
    ['a numeric id', '§11a Known non-findings', '- id: 7\n  key: a.b\n  reason: x', 6, 7, 'id must be a string, not the number 7'],
    ['a when without operator', '§11a Known non-findings', '- id: x\n  key: a.b\n  when: PLAINTEXT\n  reason: y', 8, 9, 'bad "when" condition "PLAINTEXT" (did you mean "= PLAINTEXT"?)'],
    ['an empty regex', '§11a Known non-findings', '- id: x\n  key: a.b\n  when: //\n  reason: y', 8, 9, 'it matches every value'],
    ['an operator with nothing after it', '§11a Known non-findings', '- id: x\n  key: a.b\n  when: ">="\n  reason: y', 8, 9, 'nothing to compare with after ">="'],
    ['a boolean where a string belongs', '§11a Known non-findings', '- id: x\n  key: a.b\n  reason: true', 8, 11, 'reason must be a string, not the boolean true'],
    ['a key that is not a word', '§7 Trust', '? [a, b]\n: c', 6, 3, 'keys in the §7 block must be plain words'],
    ['a synonym of an attacker', '§7 Trust', 'trusted: [kraft]', 6, 11, 'unknown attacker "kraft" (did you mean cluster-peer?)'],
    ['a synonym of a key', '§7 Trust', 'trust: [operator]', 6, 1, 'unknown key "trust" in the §7 block (did you mean trusted?)'],
    ['a prefix of a posture', '§5 Postures', 'default: dev', 6, 10, 'unknown posture "dev" (did you mean development?)'],
    ['a YAML directive', '§7 Trust', '%YAML 1.1\n---\ntrusted: [operator]', 6, 1, 'YAML directives (%YAML, %TAG) are not allowed'],
    ['a custom tag', '§7 Trust', 'trusted: [!attacker operator]', 6, 11, 'YAML tags (!attacker) are not allowed'],
    ['a tab for indentation', '§5 Postures', 'development:\n\t- "**/dev/**"', 7, 1, 'invalid YAML'],
  ];
  test.each(cases)('%s', (_label, section, yaml, line, column, message) => {
    const error = errorOf(wrap(section, yaml));
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toContain(message);
  });

  test('a policy block before any heading', () => {
    const error = errorOf('```yaml threat-model\ntrusted: [operator]\n```\n');
    expect([error.line, error.column]).toEqual([1, 1]);
    expect(error.message).toContain('before the first § section heading');
  });

  test('an unclosed non-policy fence that swallows nothing is prose', () => {
    const policy = loadPolicy('## §7 T\n\n```yaml threat-model\ntrusted: [operator]\n```\n\n```bash\necho unclosed\n', 'T.md');
    expect(policy.trusted).toEqual(['operator']);
  });

  test('an example inside a longer fence is prose, not policy', () => {
    const text = '## §7 T\n\n```yaml threat-model\ntrusted: [operator]\n```\n\n## §14 Q\n\n````markdown\n```yaml threat-model\ntrusted: [local-user]\n```\n````\n';
    expect(loadPolicy(text, 'T.md').trusted).toEqual(['operator']);
  });

  test('a byte-order mark does not hide the first heading', () => {
    expect(loadPolicy('\uFEFF## §7 T\n```yaml threat-model\ntrusted: [operator]\n```\n', 'T.md').trusted).toEqual(['operator']);
  });
});

describe('the block formats of DESIGN.md, verbatim', () => {
  const markdown = [
    '# Threat model',
    '',
    '## §3 Scope',
    '```yaml threat-model',
    '# in §3 Scope',
    'out_of_scope:',
    '  - paths: ["tests/**", "docker/**"]',
    '    reason: "test fixtures and samples are not deployed"',
    '```',
    '## §5 Deployment postures',
    '```yaml threat-model',
    '# in §5 Deployment postures: development < production < hardened',
    'default: production            # the posture of every file no glob names',
    'development: ["**/dev/**"]     # development-only deployments',
    'hardened: ["envs/pci/**"]      # sensitive environments (e.g. REST error details suppressed)',
    'production: []                 # a file named by several lists takes the strictest',
    '```',
    '## §7 Adversaries and trusted peers',
    '```yaml threat-model',
    '# in §7 Adversaries and trusted peers',
    'trusted: [operator, cluster-peer, local-user]',
    '```',
    '## §11a Known non-findings',
    '```yaml threat-model',
    '# in §11a Known non-findings',
    '- id: sasl-receive-size-default',
    '  key: sasl.server.max.receive.size     # match by config key …',
    '  rule: null                            # … and/or by rule id',
    '  when: "<= 524288"                     # optional condition on the value: = != < <= > >= , or a regex /…/',
    '  reason: "the default bound is accepted by the Kafka PMC; raising it is a finding"',
    '```',
    '',
  ].join('\n');

  test('load', () => {
    const policy = loadPolicy(markdown, 'THREAT_MODEL.md');
    expect(policy.outOfScope.map((scope) => scope.paths.map((glob) => glob.source))).toEqual([['tests/**', 'docker/**']]);
    expect(policy.postures.map(({ posture, globs }) => [posture, globs.map((glob) => glob.source)])).toEqual([
      ['development', ['**/dev/**']],
      ['production', []],
      ['hardened', ['envs/pci/**']],
    ]);
    expect(policy.trusted).toEqual(['operator', 'cluster-peer', 'local-user']);
    expect(policy.knownNonFindings.map(({ id, key, rule, reason, source }) => ({ id, key, rule, reason, source }))).toEqual([
      {
        id: 'sasl-receive-size-default',
        key: 'sasl.server.max.receive.size',
        rule: undefined,
        reason: 'the default bound is accepted by the Kafka PMC; raising it is a finding',
        source: { line: 26, column: 3 },
      },
    ]);
  });
});

describe('hasPolicyBlocks', () => {
  test('finds policy blocks, near misses and unclosed ones, and never throws', () => {
    expect(hasPolicyBlocks('# prose only\n\n```yaml\na: 1\n```\n')).toBe(false);
    expect(hasPolicyBlocks(fixture('valid-custom.md'))).toBe(true);
    expect(hasPolicyBlocks(fixture('near-miss-info.md'))).toBe(true);
    expect(hasPolicyBlocks(fixture('unclosed-fence.md'))).toBe(true);
    expect(hasPolicyBlocks(fixture('policy-in-prose-section.md'))).toBe(true);
    // an example of the format inside a longer fence is prose
    expect(hasPolicyBlocks('# Ours\n\n````markdown\n```yaml threat-model\ntrusted: [operator]\n```\n````\n')).toBe(false);
  });
});

describe('a valid custom threat model', () => {
  const policy = loadPolicy(fixture('valid-custom.md'), 'THREAT_MODEL.md');

  test('reads every section, globs as written', () => {
    expect(policy.path).toBe('THREAT_MODEL.md');
    expect(policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(policy.outOfScope.map((scope) => [scope.paths.map((glob) => glob.source), scope.reason, scope.source])).toEqual([
      [['generated/**', '**/*.generated.properties'], 'generated from templates/, which is scanned', { line: 10, column: 5 }],
    ]);
    expect(policy.defaultPosture).toBe('production');
    expect(policy.postures.map(({ posture, globs }) => [posture, globs.map((glob) => glob.source)])).toEqual([
      ['development', ['**/dev/**', '**/local/**']],
      ['production', []],
      ['hardened', ['envs/pci/**']],
    ]);
    expect(policy.trusted).toEqual(['operator', 'cluster-peer']);
    expect(policy.sections).toEqual({ scope: '§3', postures: '§5', trusted: '§7', nonFindings: '§11a' });
  });

  test('reads §11a entries: rule null is absent, a number is "= n", regexes keep their text', () => {
    expect(
      policy.knownNonFindings.map(({ id, key, rule, when, source }) => ({ id, key, rule, when: when && { kind: when.kind, text: when.text }, line: source.line })),
    ).toEqual([
      { id: 'plaintext-on-loopback', key: undefined, rule: 'plaintext-listener', when: { kind: 'regex', text: '/^PLAINTEXT:\\/\\/(?:localhost|127\\.0\\.0\\.1):/' }, line: 38 },
      { id: 'sasl-receive-size-default', key: 'sasl.server.max.receive.size', rule: undefined, when: { kind: 'compare', text: '<= 524288' }, line: 42 },
      { id: 'idle-exact', key: 'connections.max.idle.ms', rule: undefined, when: { kind: 'compare', text: '= 600000' }, line: 47 },
      { id: 'plaintext-listner-typo', key: undefined, rule: 'plaintext-listner', when: undefined, line: 51 },
    ]);
    const idle = policy.knownNonFindings[2]!.when!;
    expect(idle).toEqual({ kind: 'compare', operator: '=', operand: '600000', text: '= 600000' });
  });
});

describe('the shipped THREAT_MODEL.md', () => {
  const markdown = readFileSync(join(PROJECT_ROOT, 'THREAT_MODEL.md'), 'utf8');
  const policy: Policy = loadPolicy(markdown, 'THREAT_MODEL.md');

  test('carries every kind of policy', () => {
    expect(policy.defaultPosture).toBe('production');
    expect(policy.trusted).toEqual(['operator', 'cluster-peer', 'local-user']);
    expect(policy.outOfScope.flatMap((scope) => scope.paths.map((glob) => glob.source))).toEqual([
      '**/src/test/**',
      '**/src/it/**',
      '**/src/integrationTest/**',
      '**/src/testFixtures/**',
      '**/tests/**',
      '**/__tests__/**',
      '**/e2e/**',
      '**/systemtest/**',
      '**/testsuite/**',
      '**/testdata/**',
      '**/test-data/**',
      '**/test/fixtures/**',
      '**/trogdor/**',
    ]);
    expect(policy.postures.map((entry) => entry.posture)).toEqual(['development', 'production', 'hardened']);
  });

  test('lists the known non-findings of the Kafka maintainers', () => {
    expect(policy.knownNonFindings.map((entry) => entry.id)).toEqual([
      'sasl-receive-size-default',
      'pre-auth-idle-timeout-default',
      'provider-allowed-paths-symlinks',
      'kafka-20450-offsets-file',
      'request-size-default',
      'queued-requests-default',
      'failed-auth-delay-default',
      'file-connectors-disk-access',
    ]);
    const sasl = policy.knownNonFindings.find((entry) => entry.id === 'sasl-receive-size-default')!;
    expect([sasl.key, sasl.rule, sasl.when]).toEqual(['sasl.server.max.receive.size', undefined, { kind: 'compare', operator: '<=', operand: '524288', text: '<= 524288' }]);
  });

  test('carries policy only in §3, §5, §7 and §11a, and every section of the Kafka draft that it needs', () => {
    const headings = [...markdown.matchAll(/^## (§\d+[a-z]?) /gm)].map((match) => match[1]);
    expect(headings).toEqual(['§1', '§2', '§3', '§4', '§5', '§6', '§7', '§8', '§9', '§10', '§11', '§11a', '§12', '§13', '§14', '§15']);
    const blockSections: string[] = [];
    let section = '';
    for (const line of markdown.split('\n')) {
      const heading = /^## (§\d+[a-z]?) /.exec(line);
      if (heading) section = heading[1]!;
      if (line.trim() === '```yaml threat-model') blockSections.push(section);
    }
    expect(blockSections).toEqual(['§3', '§5', '§7', '§11a']);
  });

  test('cites its sources', () => {
    for (const source of ['PR #22431', 'PR #22398', 'KAFKA-20450', 'KAFKA-20700', 'KIP-507', 'KIP-722', 'KIP-993', 'CVE-2022-34917', 'CVE-2023-25194', 'CVE-2024-31141', 'CVE-2025-27817']) {
      expect(markdown).toContain(source);
    }
  });
});

describe('compileGlob columns count in the pattern as written', () => {
  const columnOf = (pattern: string): number => {
    try {
      compileGlob(pattern);
    } catch (error) {
      if (error instanceof GlobSyntaxError) return error.column;
      throw error;
    }
    throw new Error(`${pattern} compiled`);
  };
  test.each([
    ['a**/b', 2],
    ['./a**', 4],
    ['/x/{a,b', 4],
    ['{a,b}/{c', 7],
    ['x/[ab', 3],
  ] as const)('%s → column %i', (pattern, column) => {
    expect(columnOf(pattern)).toBe(column);
  });
});
