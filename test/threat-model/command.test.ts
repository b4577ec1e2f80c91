import { describe, expect, test } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerThreatModelCommand } from '../../src/cli/commands/threat-model.js';
import { sha256Hex } from '../../src/util/hash.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `threat-model …` on a program of its own, with captured output, from `cwd`. */
async function tm(argv: readonly string[], cwd = PROJECT_ROOT): Promise<Result> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const program = new Command().exitOverride();
  registerThreatModelCommand(
    program,
    { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd },
    (value) => {
      code = Math.max(code, value);
    },
  );
  await program.parseAsync(['node', 'connect-audit', 'threat-model', ...argv]);
  return { code, stdout, stderr };
}

const SHIPPED = readFileSync(join(PROJECT_ROOT, 'THREAT_MODEL.md'), 'utf8');

function inTempDir<T>(run: (directory: string) => Promise<T>): Promise<T> {
  const directory = mkdtempSync(join(tmpdir(), 'connect-audit-tm-'));
  return run(directory).finally(() => rmSync(directory, { recursive: true, force: true }));
}

describe('threat-model check', () => {
  test('without FILE and without ./THREAT_MODEL.md it checks the built-in model', async () => {
    await inTempDir(async (directory) => {
      const result = await tm(['check'], directory);
      expect(result).toEqual({
        code: 0,
        stdout: `ok: <built-in> (sha256 ${sha256Hex(SHIPPED)}): 3 scope rules, default posture production, 8 known non-findings\n`,
        stderr: '',
      });
    });
  });

  test('without FILE it checks ./THREAT_MODEL.md when that carries policy', async () => {
    await inTempDir(async (directory) => {
      copyFileSync(join(PROJECT_ROOT, 'fixtures', 'threat-model', 'valid-custom.md'), join(directory, 'THREAT_MODEL.md'));
      const result = await tm(['check'], directory);
      const sha = sha256Hex(readFileSync(join(directory, 'THREAT_MODEL.md')));
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`ok: THREAT_MODEL.md (sha256 ${sha}): 1 scope rule, default posture production, 4 known non-findings\n`);
      // a rule id one edit away from a real rule is most likely a typo
      expect(result.stderr).toBe(
        'THREAT_MODEL.md:51:3: warning: known non-finding "plaintext-listner-typo" names rule "plaintext-listner", which connect-audit does not have (did you mean plaintext-listener?)\n',
      );
    });
  });

  test('a ./THREAT_MODEL.md without policy blocks falls back to the built-in model, as a scan does', async () => {
    await inTempDir(async (directory) => {
      writeFileSync(join(directory, 'THREAT_MODEL.md'), '# Our threat model\n\nProse only.\n');
      const result = await tm(['check'], directory);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^ok: <built-in> \(sha256 [0-9a-f]{64}\): /);
      expect(result.stderr).toBe('note: ./THREAT_MODEL.md carries no yaml threat-model blocks, so scans here use the built-in threat model\n');
    });
  });

  test('an invalid model prints one line naming file, line and column, and exits 2', async () => {
    const result = await tm(['check', 'fixtures/threat-model/misspelt-posture-key.md']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'fixtures/threat-model/misspelt-posture-key.md:8:1: error: unknown key "hardend" in the §5 block (did you mean hardened?) (expected one of: default, development, production, hardened)\n',
    });
  });

  test('FILE is relative to the working directory', async () => {
    const result = await tm(['check', 'threat-model/unclosed-fence.md'], join(PROJECT_ROOT, 'fixtures'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('threat-model/unclosed-fence.md:11:3: error: unclosed yaml threat-model block: no closing ``` before the end of the file\n');
  });

  test('a missing FILE is an error, exit 2', async () => {
    const result = await tm(['check', 'no/such/THREAT_MODEL.md']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'connect-audit: cannot read no/such/THREAT_MODEL.md: no such file\n' });
  });

  test('a prose-only FILE given explicitly is an error, not a silent empty policy', async () => {
    const result = await tm(['check', 'fixtures/threat-model/no-policy-blocks.md']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^fixtures\/threat-model\/no-policy-blocks\.md:1:1: error: no ```yaml threat-model policy blocks/);
  });
});

describe('threat-model show', () => {
  test('--format json prints the policy as read: globs as source strings, conditions as text', async () => {
    const result = await tm(['show', 'fixtures/threat-model/valid-custom.md', '--format', 'json']);
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(shown).toEqual({
      path: 'fixtures/threat-model/valid-custom.md',
      sha256: sha256Hex(readFileSync(join(PROJECT_ROOT, 'fixtures', 'threat-model', 'valid-custom.md'))),
      sections: { scope: '§3', postures: '§5', trusted: '§7', nonFindings: '§11a' },
      outOfScope: [{ paths: ['generated/**', '**/*.generated.properties'], reason: 'generated from templates/, which is scanned', line: 10 }],
      postures: { default: 'production', development: ['**/dev/**', '**/local/**'], production: [], hardened: ['envs/pci/**'] },
      trusted: ['operator', 'cluster-peer'],
      knownNonFindings: [
        {
          id: 'plaintext-on-loopback',
          key: null,
          rule: 'plaintext-listener',
          when: { kind: 'regex', text: '/^PLAINTEXT:\\/\\/(?:localhost|127\\.0\\.0\\.1):/', regex: '^PLAINTEXT:\\/\\/(?:localhost|127\\.0\\.0\\.1):', flags: '' },
          reason: 'loopback-only PLAINTEXT listeners are reachable from the host alone',
          line: 38,
        },
        {
          id: 'sasl-receive-size-default',
          key: 'sasl.server.max.receive.size',
          rule: null,
          when: { kind: 'compare', text: '<= 524288', operator: '<=', operand: '524288' },
          reason: 'the default bound is accepted by the Kafka PMC; raising it is a finding',
          line: 42,
        },
        { id: 'idle-exact', key: 'connections.max.idle.ms', rule: null, when: { kind: 'compare', text: '= 600000', operator: '=', operand: '600000' }, reason: 'exactly the default', line: 47 },
        { id: 'plaintext-listner-typo', key: null, rule: 'plaintext-listner', when: null, reason: 'a typo the check command warns about', line: 51 },
      ],
    });
  });

  test('text format of the built-in model names every section', async () => {
    await inTempDir(async (directory) => {
      const result = await tm(['show'], directory);
      expect(result.code).toBe(0);
      const lines = result.stdout.split('\n');
      expect(lines[0]).toBe(`threat model: <built-in> (sha256 ${sha256Hex(SHIPPED)})`);
      expect(lines).toContain('§3 out of scope (OUT-OF-MODEL):');
      expect(lines).toContain('  default: production');
      expect(lines).toContain('§7 trusted (OUT-OF-MODEL): operator, cluster-peer, local-user');
      expect(lines).toContain('  sasl-receive-size-default: key sasl.server.max.receive.size, when <= 524288');
      expect(lines).toContain('  provider-allowed-paths-symlinks: rule connect-file-provider-symlinks');
    });
  });

  test('an invalid model fails show too', async () => {
    const result = await tm(['show', 'fixtures/threat-model/yaml-alias.md', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('fixtures/threat-model/yaml-alias.md:6:14: error: YAML anchors (&dev)');
  });
});
