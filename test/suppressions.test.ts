import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDirective, utcToday } from '../src/engine/suppressions.js';
import type { Finding } from '../src/engine/finding.js';
import { scan, type ScanOptions } from '../src/scan/scan.js';
import { runCli } from './helpers/cli.js';

const TODAY = '2026-06-15';
let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'connect-audit-suppress-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

function write(path: string, lines: string[]): void {
  mkdirSync(dirname(join(directory, path)), { recursive: true });
  writeFileSync(join(directory, path), `${lines.join('\n')}\n`);
}

async function run(options: Partial<ScanOptions> = {}): Promise<Finding[]> {
  const result = await scan({ paths: ['.'], cwd: directory, today: TODAY, ruleIds: ['plaintext-listener', 'authorizer-missing', 'unused-suppression'], ...options });
  expect(result.errors).toEqual([]);
  return result.findings;
}

/** `line rule class section`, sorted (report order also sorts by column). */
const brief = (findings: Finding[]): string[] => findings.map((finding) => `${finding.line} ${finding.ruleId} ${finding.classification} ${finding.section}`).sort();

const HEAD = ['process.roles=broker', 'node.id=1', 'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer'];

describe('inline suppressions', () => {
  test('a suppression above the entry makes its finding BY-DESIGN with the reason, section inline', async () => {
    write('prod/server.properties', [...HEAD, '# connect-audit-ignore plaintext-listener: replication runs on an isolated VLAN', 'listeners=PLAINTEXT://10.0.0.5:9092']);
    const findings = await run();
    expect(brief(findings)).toEqual(['5 plaintext-listener BY-DESIGN inline']);
    expect(findings[0]!.reason).toBe('replication runs on an isolated VLAN');
  });

  test('--no-inline-suppressions ignores them all, and reports none as unused', async () => {
    write('prod/server.properties', [...HEAD, '# connect-audit-ignore plaintext-listener: VLAN', 'listeners=PLAINTEXT://10.0.0.5:9092', '# connect-audit-ignore authorizer-missing: nothing here', 'log.dirs=/x']);
    expect(brief(await run({ inlineSuppressions: false }))).toEqual(['5 plaintext-listener VALID §5']);
  });

  test('until= holds through its day and expires after it', async () => {
    const file = (until: string): string[] => [...HEAD, `# connect-audit-ignore plaintext-listener until=${until}: migration OPS-1`, 'listeners=PLAINTEXT://10.0.0.5:9092'];
    write('prod/server.properties', file('2026-06-15'));
    expect(brief(await run())).toEqual(['5 plaintext-listener BY-DESIGN inline']);
    write('prod/server.properties', file('2026-06-14'));
    const expired = await run();
    expect(brief(expired)).toEqual(['5 plaintext-listener VALID §5', '5 unused-suppression VALID §5']);
    expect(expired.find((finding) => finding.ruleId === 'unused-suppression')!.message).toBe(
      'The suppression of plaintext-listener on line 4 expired on 2026-06-14, so it no longer applies; fix the finding or renew the suppression with a new until= date.',
    );
  });

  test('a suppression that matches nothing is reported on the entry below it', async () => {
    write('prod/server.properties', [...HEAD, '# connect-audit-ignore plaintext-listener: was PLAINTEXT until the TLS rollout', 'listeners=SASL_SSL://10.0.0.5:9093']);
    const findings = await run();
    expect(brief(findings)).toEqual(['5 unused-suppression VALID §5']);
    expect(findings[0]!.message).toBe('The suppression of plaintext-listener on line 4 matches no finding on listeners; remove the connect-audit-ignore comment.');
    expect(findings[0]!.key).toBe('listeners');
    expect(findings[0]!.attacker).toBe('network-client');
  });

  test('a stale suppression is judged like the finding it would hide: BY-DESIGN in development', async () => {
    write('dev/server.properties', [...HEAD, '# connect-audit-ignore plaintext-listener: laptop', 'listeners=SASL_SSL://localhost:9093']);
    expect(brief(await run())).toEqual(['5 unused-suppression BY-DESIGN §5']);
  });

  test('a comment about a rule that did not run is neither applied nor judged', async () => {
    write('prod/server.properties', [...HEAD, '# connect-audit-ignore authorizer-missing: proxy enforces ACLs', 'listeners=PLAINTEXT://10.0.0.5:9092']);
    expect(brief(await run({ ruleIds: ['plaintext-listener', 'unused-suppression'] }))).toEqual(['5 plaintext-listener VALID §5']);
  });

  test('problems are reported only when unused-suppression runs; valid suppressions still apply', async () => {
    write('prod/server.properties', [...HEAD, '# connect-audit-ignore plaintext-listener: VLAN', 'listeners=PLAINTEXT://10.0.0.5:9092', '# connect-audit-ignore plaintext-listener', 'log.dirs=/x']);
    expect(brief(await run({ ruleIds: ['plaintext-listener'] }))).toEqual(['5 plaintext-listener BY-DESIGN inline']);
  });

  test('the entry may be several comment lines below, not across a blank line', async () => {
    write('prod/server.properties', [
      ...HEAD,
      '# connect-audit-ignore plaintext-listener: VLAN',
      '# (reviewed by the platform team)',
      'listeners=PLAINTEXT://10.0.0.5:9092',
      '# connect-audit-ignore plaintext-listener: a blank line breaks it',
      '',
      'advertised.listeners=PLAINTEXT://kafka-1:9092',
    ]);
    const findings = await run();
    expect(brief(findings)).toEqual(['6 plaintext-listener BY-DESIGN inline', '7 unused-suppression VALID §5']);
    expect(findings.find((finding) => finding.ruleId === 'unused-suppression')!.message).toContain('matches no finding on line 8, the line after it');
  });

  test('a finding on a continuation line of the entry is covered', async () => {
    write('prod/server.properties', [...HEAD, '# connect-audit-ignore plaintext-listener: VLAN', 'listeners=SASL_SSL://:9093,\\', '  PLAINTEXT://10.0.0.5:9092']);
    const findings = await run();
    expect(findings.map((finding) => [finding.ruleId, finding.classification, finding.section])).toEqual([['plaintext-listener', 'BY-DESIGN', 'inline']]);
  });

  test('several rules in one comment; connect-audit-ignore-file covers findings about absent keys', async () => {
    write('prod/server.properties', [
      '# connect-audit-ignore-file authorizer-missing until=2026-12-31: ACLs are enforced by the proxy',
      'process.roles=broker',
      'node.id=1',
      '# connect-audit-ignore plaintext-listener, authorizer-missing: VLAN',
      'listeners=PLAINTEXT://10.0.0.5:9092',
    ]);
    const findings = await run();
    expect(brief(findings)).toEqual(['1 authorizer-missing BY-DESIGN inline', '5 plaintext-listener BY-DESIGN inline', '5 unused-suppression VALID §5']);
    expect(findings[0]!.reason).toBe('ACLs are enforced by the proxy');
    expect(findings.find((finding) => finding.ruleId === 'unused-suppression')!.message).toContain('suppression of authorizer-missing on line 4 matches no finding on listeners');
  });

  test('findings of unused-suppression cannot be suppressed inline', async () => {
    write('prod/server.properties', [...HEAD, '# connect-audit-ignore unused-suppression, plaintext-listener: VLAN', 'listeners=PLAINTEXT://10.0.0.5:9092']);
    const findings = await run();
    expect(brief(findings)).toEqual(['5 plaintext-listener BY-DESIGN inline', '5 unused-suppression VALID §5']);
    expect(findings.find((finding) => finding.ruleId === 'unused-suppression')!.message).toContain('cannot be suppressed inline');
  });

  test('YAML: above the key in a docker-compose environment; a trailing comment is reported on its own line', async () => {
    write('prod/docker-compose.yml', [
      'services:',
      '  kafka:',
      '    image: confluentinc/cp-kafka:7.6.0',
      '    environment:',
      '      KAFKA_PROCESS_ROLES: broker,controller',
      '      KAFKA_NODE_ID: 1',
      '      KAFKA_AUTHORIZER_CLASS_NAME: org.apache.kafka.metadata.authorizer.StandardAuthorizer',
      '      # connect-audit-ignore plaintext-listener: only reachable inside the compose network',
      '      KAFKA_LISTENERS: PLAINTEXT://0.0.0.0:9092,CONTROLLER://0.0.0.0:9093',
      '      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: PLAINTEXT:PLAINTEXT,CONTROLLER:SSL',
      '      KAFKA_CONTROLLER_LISTENER_NAMES: CONTROLLER # connect-audit-ignore plaintext-listener: trailing',
      '      KAFKA_LOG_DIRS: /tmp/x',
    ]);
    const findings = await run();
    expect(brief(findings)).toEqual(['11 unused-suppression VALID §5', '9 plaintext-listener BY-DESIGN inline']);
    expect(findings.find((finding) => finding.ruleId === 'unused-suppression')!.message).toContain('shares its line with controller.listener.names');
  });

  test('an OUT-OF-MODEL finding stays out of the model, and the comment counts as used', async () => {
    write('THREAT_MODEL.md', [
      '# Threat model',
      '## §3 Scope',
      '```yaml threat-model',
      'out_of_scope:',
      '  - paths: ["lab/**"]',
      '    reason: "the lab is not deployed"',
      '```',
    ]);
    write('lab/server.properties', [...HEAD, '# connect-audit-ignore plaintext-listener: lab', 'listeners=PLAINTEXT://10.0.0.5:9092']);
    expect(brief(await run())).toEqual(['5 plaintext-listener OUT-OF-MODEL §3']);
  });

  test('the CLI flag --no-inline-suppressions', async () => {
    write('prod/server.properties', [...HEAD, '# connect-audit-ignore plaintext-listener: VLAN', 'listeners=PLAINTEXT://10.0.0.5:9092']);
    const honoured = await runCli(['scan', '.', '--rule', 'plaintext-listener'], directory);
    expect(honoured.code).toBe(0);
    const audit = await runCli(['scan', '.', '--rule', 'plaintext-listener', '--no-inline-suppressions'], directory);
    expect(audit.code).toBe(1);
  });
});

describe('parseDirective', () => {
  const parse = (text: string) => parseDirective({ line: 3, text }, 'f.properties');

  test('the forms', () => {
    expect(parse(' connect-audit-ignore plaintext-listener: why')).toMatchObject({ scope: 'entry', ruleIds: ['plaintext-listener'], reason: 'why', until: undefined, problem: undefined });
    expect(parse('connect-audit-ignore a-rule,b-rule until=2026-01-31:  two  words ')).toMatchObject({ ruleIds: ['a-rule', 'b-rule'], until: '2026-01-31', reason: 'two words', problem: undefined });
    expect(parse(' connect-audit-ignore-file a-rule: why')).toMatchObject({ scope: 'file', ruleIds: ['a-rule'] });
  });

  test('not a directive', () => {
    expect(parse(' Please do not add connect-audit-ignore comments')).toBeUndefined();
    expect(parse(' connect-audit-ignored plaintext-listener: x')).toBeUndefined();
    expect(parse(' expect: plaintext-listener VALID')).toBeUndefined();
  });

  test('problems', () => {
    expect(parse(' connect-audit-ignore plaintext-listener')?.problem).toMatch(/gives no reason/);
    expect(parse(' connect-audit-ignore plaintext-listener:   ')?.problem).toMatch(/gives no reason/);
    expect(parse(' connect-audit-ignore: why')?.problem).toMatch(/names no rule/);
    expect(parse(' connect-audit-ignore Plaintext_Listener: why')?.problem).toMatch(/"Plaintext_Listener" where a rule id/);
    expect(parse(' connect-audit-ignore a-rule until=2026-02-29: why')?.problem).toMatch(/invalid until= date "2026-02-29"/);
    expect(parse(' connect-audit-ignore a-rule until=2028-02-29: why')?.problem).toBeUndefined();
    expect(parse(' connect-audit-ignore a-rule until=31.01.2026: why')?.problem).toMatch(/invalid until= date/);
  });

  test('utcToday', () => {
    expect(utcToday(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
    // What toISOString() gives, for every day of four years (a leap year among them).
    for (let day = 0; day < 4 * 366; day++) {
      const date = new Date(Date.UTC(2027, 0, 1) + day * 86_400_000 + 3_600_000);
      expect(utcToday(date)).toBe(date.toISOString().slice(0, 10));
    }
  });
});
