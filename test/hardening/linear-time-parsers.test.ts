/**
 * No super-linear behaviour on input text. Three views, each feeding long runs of
 * adversarial units (`${`, `://`, `=`, `\`, quotes, `a:` …) and checking that time grows
 * linearly (2× input → under 3× time; linear is 2×, quadratic 4×; wall time with slack,
 * never an absolute limit, and a result over the limit is measured again before it counts):
 *
 * 1. every rule of rules/index.ts, through the real parse → model → engine path, on
 *    adversarial variants of its own fixtures (linear-time-rules.test.ts);
 * 2. every parser, on long lines of each unit (this file);
 * 3. every regular-expression literal in src/ and rules/, pumped with the characters and
 *    words it is made of (this file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseProperties } from '../../src/parse/properties.js';
import { parseJson } from '../../src/parse/json.js';
import { parseJaasConfig } from '../../src/model/kafka/jaas.js';
import { findProviderReferences } from '../../src/model/kafka/provider-reference.js';
import { IgnoreList } from '../../src/discover/ignore.js';
import { sniffKind } from '../../src/discover/sniff.js';
import { loadPolicy, PolicyError } from '../../src/threat-model/load.js';
import type { DraftReader } from '../../src/model/build.js';
import { readYaml } from '../../src/model/adapters/yaml.js';
import { readJaasFile } from '../../src/model/adapters/jaas-file.js';
import { readJavaScript } from '../../src/model/adapters/javascript.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';
import { ADVERSARIAL_UNITS } from './adversarial.js';
import { growth, MAX_GROWTH, TIMING } from './timing.js';

describe('parsers: time is linear in the length of a line', TIMING, () => {
  const units = [...ADVERSARIAL_UNITS, '\n', '\r', '\\\n', '- ', '&a ', '*a ', '<<: ', '? ', '#', '!', '`', '<', '>', '|', '\u2028', '\ufffd'];
  const POLICY_HEAD = '# Threat model\n\n## §11a Known non-findings\n\n```yaml threat-model\n- id: x\n  key: a.b\n  when: "';
  const parsers: { name: string; run: (line: string) => unknown }[] = [
    { name: 'properties (key)', run: (line) => parseProperties(line) },
    { name: 'properties (value)', run: (line) => parseProperties(`sasl.jaas.config=${line}\nk=v`) },
    { name: 'JSON (string)', run: (line) => parseJson(`{"connector.class": "${line}"}`) },
    { name: 'JSON (raw)', run: (line) => parseJson(`{"connector.class": ${line}`) },
    { name: 'JAAS option', run: (line) => parseJaasConfig(`org.a.PlainLoginModule required password=${line};`) },
    { name: 'provider references', run: (line) => findProviderReferences(line) },
    { name: '.gitignore', run: (line) => IgnoreList.parse(line) },
    { name: 'sniffing', run: (line) => sniffKind('x.conf', line) },
    {
      name: 'THREAT_MODEL.md',
      run: (line) => {
        try {
          return loadPolicy(`${POLICY_HEAD}${line}"\n  reason: r\n\`\`\`\n`, 'THREAT_MODEL.md');
        } catch (error) {
          if (!(error instanceof PolicyError)) throw error;
          return error;
        }
      },
    },
  ];
  const models: { name: string; read: DraftReader; kind: 'yaml' | 'jaas' | 'javascript'; file: string; wrap: (line: string) => string }[] = [
    { name: 'YAML (Strimzi config value)', read: readYaml, kind: 'yaml', file: 'connect.yaml', wrap: (line) => `kind: KafkaConnect\nspec:\n  config:\n    sasl.jaas.config: ${line}\n    b: 1\n` },
    { name: 'YAML (flow)', read: readYaml, kind: 'yaml', file: 'connect.yaml', wrap: (line) => `kind: KafkaConnect\nspec: {config: [${line}` },
    { name: 'JAAS file', read: readJaasFile, kind: 'jaas', file: 'kafka_server_jaas.conf', wrap: (line) => `KafkaServer {\n org.a.PlainLoginModule required\n password="${line}" u=${line};\n};\n` },
    { name: 'JavaScript', read: readJavaScript, kind: 'javascript', file: 'client.js', wrap: (line) => `import { Kafka } from 'kafkajs';\nnew Kafka({ sasl: { password: '${line}' }, ${line} });\n` },
  ];
  const ensure = (name: string, offenders: string[]) => expect(offenders, name).toEqual([]);
  for (const parser of parsers) {
    test(parser.name, async () => {
      const offenders: string[] = [];
      for (const unit of units) {
        const base = Math.ceil(20_000 / unit.length);
        const ratio = await growth((n) => {
          const line = unit.repeat(n);
          return () => parser.run(line);
        }, base);
        if (ratio >= MAX_GROWTH) offenders.push(`${JSON.stringify(unit)}: ${ratio.toFixed(1)}× per doubling`);
      }
      ensure(parser.name, offenders);
    });
  }
  for (const model of models) {
    test(`${model.name}, parsed and adapted`, async () => {
      const offenders: string[] = [];
      for (const unit of units) {
        const base = Math.ceil(20_000 / unit.length);
        const ratio = await growth((n) => {
          const text = model.wrap(unit.repeat(n));
          return () => model.read({ file: model.file, kind: model.kind, text });
        }, base);
        if (ratio >= MAX_GROWTH) offenders.push(`${JSON.stringify(unit)}: ${ratio.toFixed(1)}× per doubling`);
      }
      ensure(model.name, offenders);
    });
  }
});

/**
 * Regexes that backtrack super-linearly, by file and pattern source. BOUNDED: their input
 * cannot be long, so they stay. Every other literal must scan pumped input in linear time.
 */
const KNOWN_REGEXES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'src/cli/rule-docs.ts': { '\\/+$': 'BOUNDED: the repository URL of package.json' },
  'src/model/adapters/compose.ts': { 'compose[^/]*\\.ya?ml$': 'BOUNDED: one file name (255 bytes)' },
  'src/model/adapters/strimzi.ts': { '\\s*,+\\s*': "BOUNDED: Strimzi's constant forbidden-option lists" },
  'src/parse/javascript.ts': { '\\s*\\(\\d+:\\d+\\)\\s*$': "BOUNDED: Babel's own error message" },
  'src/model/kafka/secret-patterns.ts': { '((?:[a-z][a-z0-9+.-]*:)+)$': 'BOUNDED: sliced to 40 characters' },
};

describe('regular expressions in src/ and rules/: linear on pumped input', TIMING, async () => {
  const { parse } = await import('@babel/parser');
  const sources = ['src', 'rules'].flatMap((folder) =>
    readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(PROJECT_ROOT, folder, name)),
  );
  for (const path of sources.sort()) {
    const file = relative(PROJECT_ROOT, path);
    const literals: { pattern: string; flags: string; line: number }[] = [];
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const record = node as { type?: string; pattern?: string; flags?: string; loc?: { start: { line: number } } };
      if (record.type === 'RegExpLiteral') literals.push({ pattern: record.pattern!, flags: record.flags ?? '', line: record.loc?.start.line ?? 0 });
      for (const [key, value] of Object.entries(node)) if (key !== 'loc' && value && typeof value === 'object') visit(value);
    };
    visit(parse(readFileSync(path, 'utf8'), { sourceType: 'module', plugins: ['typescript'] }).program);
    if (literals.length === 0) continue;
    test(file, async () => {
      const offenders: string[] = [];
      for (const { pattern, flags, line } of literals) {
        if (KNOWN_REGEXES[file.split('\\').join('/')]?.[pattern]) continue;
        const regex = new RegExp(pattern, flags.replace(/[gy]/g, ''));
        for (const unit of pumpUnits(pattern)) {
          // Screen: a linear regex scans 10,000 characters in a fraction of a millisecond.
          const probe = unit.repeat(Math.ceil(10_000 / unit.length)) + '\u0001';
          const start = performance.now();
          regex.exec(probe);
          if (performance.now() - start < 4) continue;
          const ratio = await growth((n) => {
            const input = unit.repeat(n) + '\u0001';
            return () => regex.exec(input);
          }, Math.ceil(2_500 / unit.length));
          if (ratio >= MAX_GROWTH) {
            offenders.push(`/${pattern}/${flags} (line ${line}) on ${JSON.stringify(unit)}×n: ${ratio.toFixed(1)}× per doubling`);
            break;
          }
        }
      }
      expect(offenders).toEqual([]);
    });
  }
});

/** The characters and words a pattern is made of, alone and in pairs, plus generic units. */
function pumpUnits(pattern: string): string[] {
  const literal = pattern.replace(/\\[dDwWsSbB]|\\u\{?[0-9a-fA-F]+\}?|\\x[0-9a-fA-F]{2}|\\[pP]\{[^}]*\}/g, ' ').replace(/\\(.)/g, '$1');
  const chars = [...new Set(literal.replace(/[[\](){}|^$*+?]/g, '').split(''))].filter((c) => c.trim() !== '' || c === ' ');
  const words = [...new Set(literal.match(/[A-Za-z0-9_]{2,}/g) ?? [])].slice(0, 12);
  const units = new Set<string>([' ', 'a', 'A', '0', '_', '-', '.', ':', '/', '=', '${', '\\', '"', "'", '\t', '\n', 'a ', 'a.', 'a:', 'a=', 'a-', '//', '://', '{', '}', '{{', '{%', '<%', '#{', '@', '%']);
  for (const c of chars.slice(0, 40)) {
    units.add(c);
    units.add(`${c}a`);
    units.add(`${c} `);
  }
  for (const word of words) {
    units.add(word);
    units.add(`${word} `);
    units.add(`${word}-`);
    units.add(`${word}.`);
    units.add(`${word}_`);
  }
  return [...units];
}
