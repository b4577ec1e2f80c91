import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPolicy } from '../../src/threat-model/load.js';
import { policyFromSnapshot, policyToSnapshot } from '../../src/threat-model/snapshot.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

describe('policy snapshot (the built-in THREAT_MODEL.md precompiled at build time)', () => {
  const policy = loadPolicy(readFileSync(join(PROJECT_ROOT, 'THREAT_MODEL.md'), 'utf8'), '<built-in>');
  const restored = policyFromSnapshot(policyToSnapshot(policy), '<built-in>');

  test('reads back as the same policy, key for key', () => {
    expect(policyToSnapshot(restored).json).toBe(policyToSnapshot(policy).json);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(policy));
  });

  test('globs and conditions behave the same', () => {
    const globs = (p: typeof policy) => [...p.outOfScope.flatMap((scope) => scope.paths), ...p.postures.flatMap((posture) => posture.globs)];
    const paths = ['server.properties', 'dev/server.properties', 'a/tests/x.json', 'envs/pci/connect.properties', 'src/test/resources/c.yaml', 'hardened/b.properties'];
    for (const path of paths) expect(globs(restored).map((glob) => glob.matches(path))).toEqual(globs(policy).map((glob) => glob.matches(path)));
    expect(restored.knownNonFindings.map((entry) => entry.when)).toEqual(policy.knownNonFindings.map((entry) => entry.when));
  });

  test('a regex condition and an undefined field survive', () => {
    const markdown = ['## §11a Known non-findings', '', '```yaml threat-model', '- id: x', '  key: ssl.cipher.suites', '  when: "/^TLS_AES/i"', '  reason: "r"', '```', ''].join('\n');
    const custom = loadPolicy(markdown, 'THREAT_MODEL.md');
    const back = policyFromSnapshot(policyToSnapshot(custom), 'THREAT_MODEL.md');
    expect(back).toEqual(custom);
    expect('rule' in back.knownNonFindings[0]!).toBe('rule' in custom.knownNonFindings[0]!);
    const when = back.knownNonFindings[0]!.when;
    expect(when?.kind === 'regex' && when.regex.test('tls_aes_128')).toBe(true);
  });
});
