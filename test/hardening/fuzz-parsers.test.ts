/**
 * Never crash: every parser, on arbitrary text and bytes, returns a result or an error
 * (a 1-based line and column and a one-line message that never quotes the input); it
 * never throws. Property-based, with fast-check: random strings, random bytes decoded as
 * the scanner decodes them, and strings built from each syntax's own tokens (which reach
 * far deeper into a parser than uniform noise does).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProperties } from '../../src/parse/properties.js';
import { checkJson, MAX_JSON_DEPTH, parseJson } from '../../src/parse/json.js';
import { LineIndex, type SourceError } from '../../src/parse/result.js';
import { parseJaasConfig } from '../../src/model/kafka/jaas.js';
import { findProviderReferences, hasProviderReference } from '../../src/model/kafka/provider-reference.js';
import { loadPolicy, hasPolicyBlocks, PolicyError } from '../../src/threat-model/load.js';
import { sniffKind } from '../../src/discover/sniff.js';
import { buildDocuments, type InputKind } from '../../src/model/build.js';
import { registerReaders } from '../../src/scan/readers.js';
import { Deployment } from '../../src/model/deployment.js';
import { runRules } from '../../src/engine/run-rules.js';
import { rules } from '../../rules/index.js';
import { NEWEST_KAFKA_VERSION } from '../../src/util/version.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

const RUNS = Number(process.env.CONNECT_AUDIT_FUZZ_RUNS ?? 400);
const CANARY = 'CANARYq7Zx';

/** Any UTF-16 code units, lone surrogates and NULs included. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 300 });
/** Random bytes as the scanner decodes them: Latin-1 for .properties, UTF-8 otherwise. */
const anyBytes = fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes));
const fromTokens = (tokens: readonly string[], maxLength = 60): fc.Arbitrary<string> => fc.array(fc.constantFrom(...tokens), { maxLength }).map((parts) => parts.join(''));

/** The text with a canary dropped at a random place, to check that error messages never quote the input. */
const withCanary = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(text, fc.nat()).map(([body, at]) => {
    const cut = body.length === 0 ? 0 : at % (body.length + 1);
    return `${body.slice(0, cut)}${CANARY}${body.slice(cut)}`;
  });

function expectWellFormedError(error: SourceError, text: string): void {
  expect(Number.isInteger(error.line) && error.line >= 1, `line ${error.line}`).toBe(true);
  expect(Number.isInteger(error.column) && error.column >= 1, `column ${error.column}`).toBe(true);
  expect(error.line).toBeLessThanOrEqual(new LineIndex(text).lineCount);
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(error.message).not.toContain(CANARY);
}

const PROPERTIES_TOKENS = ['key', 'ssl.keystore.password', '=', ':', ' ', '\t', '\f', '\\', '\\\\', '\\u', '\\u0041', '\\uZZ', '\n', '\r', '\r\n', '#', '!', 'é', '\u0000', '${file:/a:b}', CANARY];
const JSON_TOKENS = ['{', '}', '[', ']', ',', ':', '"', '"connector.class"', '"a"', '1', '-', '0', '.5', 'e+', 'true', 'null', ' ', '\n', '\\', '\\u', '\\"', '/*', '//', "'", '\u2028', '\ufeff', CANARY];
const YAML_TOKENS = ['a', 'kafka', ':', ': ', '- ', '\n', '  ', '\t', '&x ', '*x', '<<: ', '{', '}', '[', ']', ',', '|', '>', '|-', "'", '"', '#', '---\n', '...\n', '!tag ', '!!str ', '%YAML 1.2\n', '? ', '@', '`', '\\', 'CONNECT_X: ', CANARY];
const JAAS_TOKENS = ['KafkaServer', '{', '}', ';', '};', ' ', '\n', 'org.a.PlainLoginModule', 'required', 'optional', 'username', 'password', '=', '"', "'", '\\', '\\"', '/*', '*/', '//', '${', '${file:/x:y}', '#', CANARY];
const JS_TOKENS = ["import { Kafka } from 'kafkajs';\n", 'new Kafka(', '{', '}', '(', ')', 'sasl', ':', ',', "'", '"', '`', '${', 'password', '#x', 'class A {', '#y;', 'const', '=', ';', '\n', '//', '/*', 'await', '<', '>', CANARY];
const PROVIDER_TOKENS = ['${', '}', ':', 'file', '/etc/passwd', '$', '{', 'a', '${env:', '\\'];

/** The implementation findProviderReferences had before it was made linear: the oracle. */
function referencesBefore(value: string): { provider: string; path: string | undefined; key: string; offset: number; text: string }[] {
  const references = [];
  let start = value.indexOf('${');
  let close = -1;
  while (start !== -1) {
    if (close < start) close = value.indexOf('}', start + 2);
    if (close === -1) break;
    const body = value.slice(start + 2, close);
    const firstColon = body.indexOf(':');
    if (firstColon !== -1) {
      const rest = body.slice(firstColon + 1);
      const secondColon = rest.indexOf(':');
      references.push({
        provider: body.slice(0, firstColon),
        path: secondColon === -1 ? undefined : rest.slice(0, secondColon),
        key: secondColon === -1 ? rest : rest.slice(secondColon + 1),
        offset: start,
        text: value.slice(start, close + 1),
      });
      start = value.indexOf('${', close + 1);
    } else {
      start = value.indexOf('${', start + 1);
    }
  }
  return references;
}

describe('properties parser', () => {
  const check = (text: string): void => {
    const result = parseProperties(text);
    if (!result.ok) return expectWellFormedError(result.error, text);
    for (const entry of result.value.entries) {
      expect(entry.keyStart).toBeGreaterThanOrEqual(0);
      expect(entry.keyEnd).toBeGreaterThanOrEqual(entry.keyStart);
      expect(entry.valueEnd).toBeGreaterThanOrEqual(entry.valueStart);
      expect(entry.valueEnd).toBeLessThanOrEqual(text.length);
    }
  };
  test('arbitrary text', () => fc.assert(fc.property(withCanary(anyText), check), { numRuns: RUNS }));
  test('arbitrary bytes, read as Latin-1', () => fc.assert(fc.property(anyBytes, (bytes) => check(bytes.toString('latin1'))), { numRuns: RUNS }));
  test('properties-shaped text', () => fc.assert(fc.property(withCanary(fromTokens(PROPERTIES_TOKENS)), check), { numRuns: RUNS * 3 }));
});

describe('JSON parser', () => {
  const check = (text: string): void => {
    const result = parseJson(text);
    if (!result.ok) expectWellFormedError(result.error, text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
  };
  /** Valid JSON, then cut, spliced or salted: what a truncated or hand-edited connector file looks like. */
  const damagedJson = fc
    .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', "'", '/*', '\\', ':', CANARY, '\n'))
    .map(([json, cut, splice, salt]) => {
      const at = cut % (json.length + 1);
      return splice % 3 === 0 ? json.slice(0, at) : `${json.slice(0, at)}${salt}${json.slice(at)}`;
    });
  test('arbitrary text', () => fc.assert(fc.property(withCanary(anyText), check), { numRuns: RUNS }));
  test('arbitrary bytes, read as UTF-8', () => fc.assert(fc.property(anyBytes, (bytes) => check(bytes.toString('utf8'))), { numRuns: RUNS }));
  test('JSON-shaped text', () => fc.assert(fc.property(withCanary(fromTokens(JSON_TOKENS)), check), { numRuns: RUNS * 3 }));
  test('truncated and damaged JSON', () => fc.assert(fc.property(damagedJson, check), { numRuns: RUNS * 3 }));

  test('its own syntax check accepts exactly what JSON.parse accepts', () => {
    const agree = (text: string): void => {
      let parsed = true;
      try {
        JSON.parse(text);
      } catch {
        parsed = false;
      }
      expect([text, checkJson(text) === undefined]).toEqual([text, parsed]);
    };
    fc.assert(fc.property(fromTokens(JSON_TOKENS.filter((token) => token !== '\ufeff')), agree), { numRuns: RUNS * 5 });
    fc.assert(fc.property(damagedJson, agree), { numRuns: RUNS * 5 });
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), agree), { numRuns: RUNS });
  });

  test('valid JSON is read, with every key where it is written', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }), fc.constantFrom(0, 2), (object, indent) => {
        const text = JSON.stringify(object, null, indent);
        const result = parseJson(text);
        expect(result.ok).toBe(true);
        if (!result.ok || result.value.kind !== 'object') return;
        const lines = text.split('\n');
        for (const member of result.value.members) {
          const line = lines[member.keySpan.line - 1]!;
          expect(JSON.parse(line.slice(member.keySpan.column - 1, member.keySpan.endColumn - 1))).toBe(member.key);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('keys after a U+2028 inside a string keep their line', () => {
    const result = parseJson('{"a": "x\u2028y",\n "b": 1}');
    expect(result.ok && result.value.kind === 'object' && result.value.members[1]!.keySpan.line).toBe(2);
  });

  test('a repeated "__proto__" key is JSON', () => {
    expect(parseJson('{"__proto__": 1, "__proto__": 2}').ok).toBe(true);
  });

  test(`nesting deeper than ${MAX_JSON_DEPTH} is an error at the bracket that goes too deep`, () => {
    const text = `{"connector.class": "x",\n "a": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ line: 2, column: 7 + MAX_JSON_DEPTH - 1, message: expect.stringContaining('nested deeper than') });
  });
});

describe('YAML parser', async () => {
  const path = join(PROJECT_ROOT, 'src/parse/yaml.ts');
  const yaml = existsSync(path) ? await import('../../src/parse/yaml.js') : undefined;
  const check = (text: string): void => {
    const result = yaml!.parseYaml(text);
    if (!result.ok) expectWellFormedError(result.error, text);
  };
  test.skipIf(!yaml)('arbitrary text', () => fc.assert(fc.property(withCanary(anyText), check), { numRuns: RUNS }));
  test.skipIf(!yaml)('arbitrary bytes, read as UTF-8', () => fc.assert(fc.property(anyBytes, (bytes) => check(bytes.toString('utf8'))), { numRuns: RUNS }));
  test.skipIf(!yaml)('YAML-shaped text', () => fc.assert(fc.property(withCanary(fromTokens(YAML_TOKENS, 80)), check), { numRuns: RUNS * 3 }));
  test.skipIf(!yaml)('an alias bomb is an error, not a hang or an out-of-memory crash', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const result = yaml!.parseYaml(`${levels.join('\n')}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expectWellFormedError(result.error, levels.join('\n'));
  });
});

describe('JAAS tokenizer (sasl.jaas.config)', () => {
  const check = (text: string): void => {
    const modules = parseJaasConfig(text);
    for (const module of modules) {
      expect(module.offset).toBeGreaterThanOrEqual(0);
      for (const option of module.options) {
        expect(option.valueOffset).toBeGreaterThanOrEqual(0);
        expect(option.valueEnd).toBeGreaterThanOrEqual(option.valueOffset);
        expect(option.valueEnd).toBeLessThanOrEqual(text.length);
        if (!option.quoted) expect(text.slice(option.valueOffset, option.valueEnd)).toBe(option.value);
      }
    }
  };
  test('arbitrary text', () => fc.assert(fc.property(anyText, check), { numRuns: RUNS }));
  test('JAAS-shaped text', () => fc.assert(fc.property(fromTokens(JAAS_TOKENS), check), { numRuns: RUNS * 3 }));
});

describe('JAAS files', () => {
  test('JAAS-file-shaped text and bytes build documents or an error, never throw', async () => {
    registerReaders();
    await fc.assert(
      fc.asyncProperty(fc.oneof(withCanary(fromTokens(JAAS_TOKENS)), anyBytes.map((bytes) => bytes.toString('utf8'))), async (text) => {
        const built = await buildDocuments({ file: 'kafka_server_jaas.conf', kind: 'jaas', text }, NEWEST_KAFKA_VERSION);
        if (built.error) expectWellFormedError(built.error, text);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('config-provider references', () => {
  test('match the former (quadratic) implementation exactly', () => {
    fc.assert(
      fc.property(fromTokens(PROVIDER_TOKENS, 40), (value) => {
        expect(findProviderReferences(value)).toEqual(referencesBefore(value));
        expect(hasProviderReference(value)).toBe(referencesBefore(value).length > 0);
      }),
      { numRuns: RUNS * 10 },
    );
  });
  test('arbitrary text: offsets point at the reference', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        for (const reference of findProviderReferences(value)) expect(value.slice(reference.offset, reference.offset + reference.text.length)).toBe(reference.text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('JavaScript parser', async () => {
  const module = existsSync(join(PROJECT_ROOT, 'src/parse/javascript.ts')) ? await import('../../src/parse/javascript.js') : undefined;
  const check = (text: string): void => {
    for (const name of ['client.js', 'client.ts']) {
      const result = module!.parseJavaScript(text, name);
      if (!result.ok) expectWellFormedError(result.error, text);
    }
  };
  test.skipIf(!module)('arbitrary text', () => fc.assert(fc.property(withCanary(anyText), check), { numRuns: RUNS / 2 }));
  test.skipIf(!module)('JavaScript-shaped text', () => fc.assert(fc.property(withCanary(fromTokens(JS_TOKENS)), check), { numRuns: RUNS }));
});

describe('threat-model loader (THREAT_MODEL.md)', () => {
  const SECTIONS = ['## §3 Scope\n', '## §5 Deployment postures\n', '## §7 Adversaries\n', '## §11a Known non-findings\n', '## §1 Intro\n', '# Title\n', '### §5a x\n'];
  const FENCES = ['```yaml threat-model\n', '```\n', '~~~yaml threat-model\n', '````yaml threat-model\n', '```yaml\n'];
  const YAML_BODY = [
    'out_of_scope:\n',
    '  - paths: ["tests/**", "[z-a]", "{a,b", "**x"]\n',
    '    reason: "r"\n',
    'default: production\n',
    'development: ["**/dev/**"]\n',
    'hardened: "x"\n',
    'trusted: [operator, nobody]\n',
    '- id: x\n',
    '  key: a.b\n',
    '  rule: plaintext-listener\n',
    '  when: "<= 5"\n',
    '  when: "/(a+)+$/"\n',
    '  when: "/[/"\n',
    '  reason: because\n',
    '&a x: *a\n',
    '!!binary x\n',
    '  - \n',
    ': \n',
    '\t\n',
  ];
  const policyText = fc
    .array(fc.oneof(fc.constantFrom(...SECTIONS), fc.constantFrom(...FENCES), fc.constantFrom(...YAML_BODY), fc.constantFrom('prose\n', '\r\n', '\r', '\ufeff', '')), { maxLength: 30 })
    .map((parts) => parts.join(''));
  const check = (text: string): void => {
    expect(typeof hasPolicyBlocks(text)).toBe('boolean');
    try {
      const policy = loadPolicy(text, 'THREAT_MODEL.md');
      expect(policy).toBeTruthy();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      const problem = error as PolicyError;
      expect(problem.line, problem.message).toBeGreaterThanOrEqual(1);
      expect(problem.column, problem.message).toBeGreaterThanOrEqual(1);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  };
  test('arbitrary text', () => fc.assert(fc.property(anyText, check), { numRuns: RUNS }));
  test('threat-model-shaped text', () => fc.assert(fc.property(policyText, check), { numRuns: RUNS * 3 }));
  test('mutations of the shipped THREAT_MODEL.md', () => {
    const shipped = readFileSync(join(PROJECT_ROOT, 'THREAT_MODEL.md'), 'utf8');
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...YAML_BODY, ...FENCES, '', '"', '[', '\n'), (cut, length, insert) => {
        const at = cut % (shipped.length + 1);
        check(`${shipped.slice(0, at)}${insert}${shipped.slice(at + (length % 40))}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('file sniffing', () => {
  test('never throws on any name and head', () => {
    const names = fc.constantFrom('a.properties', 'a.json', 'a.yaml', 'a.yml', 'a.conf', 'a', 'a.js', 'a.d.ts', 'A.PROPERTIES', '.json', 'x.');
    fc.assert(fc.property(names, anyText, (name, head) => void sniffKind(name, head)), { numRuns: RUNS });
  });
});

describe('the whole model: parse, adapt, run every rule', () => {
  registerReaders();
  const kinds: { kind: InputKind; file: string; text: fc.Arbitrary<string> }[] = [
    { kind: 'properties', file: 'config/connect-distributed.properties', text: fc.oneof(fromTokens(PROPERTIES_TOKENS), anyBytes.map((bytes) => bytes.toString('latin1'))) },
    { kind: 'properties', file: 'config/server.properties', text: fromTokens([...PROPERTIES_TOKENS, 'listeners=', 'SASL_SSL://', 'PLAINTEXT://', ':9092', ',', 'sasl.jaas.config=', 'x required ', 'password="', 'process.roles=', 'broker']) },
    { kind: 'json', file: 'connectors/sink.json', text: fromTokens([...JSON_TOKENS, '{"name":"x","config":{', '"connector.class":"io.X"', '"connection.url":"jdbc:x://u:p@h"', '"producer.override.sasl.jaas.config":"a required password=\\"p\\";"']) },
    { kind: 'yaml', file: 'k8s/connect.yaml', text: fromTokens([...YAML_TOKENS, 'apiVersion: kafka.strimzi.io/v1beta2\n', 'kind: KafkaConnect\n', 'kind: KafkaConnector\n', 'spec:\n', '  config:\n', '    ', 'services:\n', 'environment:\n', 'image: confluentinc/cp-kafka\n']) },
    { kind: 'jaas', file: 'kafka_server_jaas.conf', text: fromTokens(JAAS_TOKENS) },
    { kind: 'javascript', file: 'src/client.js', text: fromTokens(JS_TOKENS) },
  ];
  for (const { kind, file, text } of kinds) {
    test(`${kind} (${file}): documents or one error; no rule throws`, async () => {
      await fc.assert(
        fc.asyncProperty(withCanary(text), async (input) => {
          const built = await buildDocuments({ file, kind, text: input }, NEWEST_KAFKA_VERSION);
          if (built.error) expectWellFormedError(built.error, kind === 'json' && input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input);
          const run = runRules(new Deployment(built.documents), rules, NEWEST_KAFKA_VERSION);
          expect(run.failures).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
