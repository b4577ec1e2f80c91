import type { Document, DocumentOptions, Node as YamlNode, ParseOptions, Scalar, SchemaOptions } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, withoutYamlDebugOutput, yamlLib } from '../parse/yaml-lib.js';
import { ATTACKERS, POSTURES, type Attacker, type Posture } from '../rule-kit/types.js';
import { compileGlob, GlobSyntaxError, type Glob } from '../util/glob.js';
import { sha256Hex } from '../util/hash.js';
import { mentionsPolicyBlock, scanMarkdown, type FencedPolicyBlock } from './markdown.js';
import type { KnownNonFinding, Policy, PolicySource, PostureGlobs, ScopeExclusion, ValueCondition } from './policy.js';
import { didYouMean } from './suggest.js';

/** A mistake in THREAT_MODEL.md, with the 1-based line and column where it was written. */
export class PolicyError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(file: string, line: number, column: number, message: string) {
    super(message);
    this.name = 'PolicyError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

type SectionKind = 'scope' | 'postures' | 'trusted' | 'nonFindings';

/** Which kind of policy each section carries; every other section is prose. */
const SECTION_KIND: Readonly<Record<string, SectionKind>> = {
  '§3': 'scope',
  '§5': 'postures',
  '§7': 'trusted',
  '§11a': 'nonFindings',
};
const SECTIONS = { scope: '§3', postures: '§5', trusted: '§7', nonFindings: '§11a' } as const;
const WHERE_POLICY_GOES = 'out_of_scope goes under §3, postures under §5, trusted under §7, known non-findings under §11a';

const SCOPE_KEYS = ['out_of_scope'] as const;
const SCOPE_ENTRY_KEYS = ['paths', 'reason'] as const;
const POSTURE_KEYS = ['default', ...POSTURES] as const;
const TRUSTED_KEYS = ['trusted'] as const;
const NON_FINDING_KEYS = ['id', 'key', 'rule', 'when', 'reason'] as const;

const OPERATORS: readonly string[] = ['=', '==', '!=', '<', '<=', '>', '>='];
const OPERATOR_TYPOS: Readonly<Record<string, string>> = { '=<': '<=', '=>': '>=', '<>': '!=', '=!': '!=', '!': '!=', '===': '=', '!==': '!=' };

/** Words people write for the vocabulary's terms. */
const KEY_SYNONYMS: Record<string, string> = {
  outofscope: 'out_of_scope',
  exclude: 'out_of_scope',
  excludes: 'out_of_scope',
  ignore: 'out_of_scope',
  path: 'paths',
  globs: 'paths',
  glob: 'paths',
  why: 'reason',
  description: 'reason',
  dev: 'development',
  prod: 'production',
  harden: 'hardened',
  hardening: 'hardened',
  trust: 'trusted',
  trustedpeers: 'trusted',
  name: 'id',
  ruleid: 'rule',
  config: 'key',
  configkey: 'key',
  if: 'when',
  condition: 'when',
  value: 'when',
};
const POSTURE_SYNONYMS: Record<string, string> = { dev: 'development', prod: 'production', harden: 'hardened', hardening: 'hardened', strict: 'hardened' };
const ATTACKER_SYNONYMS: Record<string, string> = {
  admin: 'operator',
  administrator: 'operator',
  operators: 'operator',
  broker: 'cluster-peer',
  brokers: 'cluster-peer',
  controller: 'cluster-peer',
  controllers: 'cluster-peer',
  quorum: 'cluster-peer',
  kraft: 'cluster-peer',
  peer: 'cluster-peer',
  peers: 'cluster-peer',
  worker: 'cluster-peer',
  workers: 'cluster-peer',
  local: 'local-user',
  localuser: 'local-user',
  root: 'local-user',
  rest: 'rest-client',
  network: 'network-client',
  anonymous: 'network-client',
  client: 'authenticated-client',
  principal: 'authenticated-client',
  repo: 'repo-reader',
  repository: 'repo-reader',
};

/**
 * True when the Markdown has a `yaml threat-model` block, or a fence that looks like one
 * (so that a near miss is reported by loadPolicy instead of silently ignored). Never throws.
 */
export function hasPolicyBlocks(markdown: string): boolean {
  return mentionsPolicyBlock(markdown);
}

/** Reads THREAT_MODEL.md into a Policy; throws PolicyError naming the line and column of any mistake. */
export function loadPolicy(markdown: string, path: string): Policy {
  const scan = scanMarkdown(markdown);
  if (!scan.ok) throw new PolicyError(path, scan.problem.line, scan.problem.column, scan.problem.message);
  if (scan.blocks.length === 0) {
    throw new PolicyError(path, 1, 1, 'no ```yaml threat-model policy blocks: a threat model carries its policy in such blocks under §3, §5, §7 and §11a');
  }

  const state = new PolicyBuilder(path);
  for (const block of scan.blocks) {
    const heading = block.heading;
    if (heading === undefined) {
      throw new PolicyError(path, block.fenceLine, block.fenceColumn, `a yaml threat-model block before the first § section heading (${WHERE_POLICY_GOES})`);
    }
    if (heading.sectionId === undefined) {
      throw new PolicyError(
        path,
        block.fenceLine,
        block.fenceColumn,
        `a yaml threat-model block under "${heading.title}" (line ${heading.line}), which is not a § section (${WHERE_POLICY_GOES})`,
      );
    }
    const kind = SECTION_KIND[heading.sectionId];
    if (kind === undefined) {
      throw new PolicyError(
        path,
        block.fenceLine,
        block.fenceColumn,
        `a yaml threat-model block under ${heading.sectionId} (line ${heading.line}), which carries no policy (${WHERE_POLICY_GOES})`,
      );
    }
    const reader = new BlockReader(block, path);
    state.add(kind, reader);
  }
  return state.build(markdown);
}

/** Collects the blocks of every section, checking what must be unique across blocks. */
class PolicyBuilder {
  readonly #path: string;
  readonly #outOfScope: ScopeExclusion[] = [];
  readonly #postures = new Map<Posture, Glob[]>();
  #defaultPosture: { posture: Posture; source: PolicySource } | undefined;
  readonly #trusted = new Map<Attacker, PolicySource>();
  readonly #nonFindings = new Map<string, KnownNonFinding>();

  constructor(path: string) {
    this.#path = path;
  }

  add(kind: SectionKind, reader: BlockReader): void {
    switch (kind) {
      case 'scope':
        return this.#scope(reader);
      case 'postures':
        return this.#posture(reader);
      case 'trusted':
        return this.#trust(reader);
      case 'nonFindings':
        return this.#nonFinding(reader);
    }
  }

  #scope(reader: BlockReader): void {
    const map = reader.map(reader.root, 'the §3 block', SCOPE_KEYS);
    const list = reader.required(map, 'out_of_scope', reader.root, 'the §3 block');
    for (const item of reader.seq(list.value, 'out_of_scope', list.key, 'a list of {paths, reason} entries')) {
      const entry = reader.map(item, 'an out_of_scope entry', SCOPE_ENTRY_KEYS);
      const paths = reader.required(entry, 'paths', item, 'an out_of_scope entry');
      const globs = reader.seq(paths.value, 'paths', paths.key, 'a list of globs, e.g. ["**/tests/**"]').map((glob) => reader.glob(glob));
      if (globs.length === 0) reader.fail(paths.value, 'paths is empty: name at least one glob');
      this.#outOfScope.push({
        paths: globs,
        reason: reader.text(reader.required(entry, 'reason', item, 'an out_of_scope entry').value, 'reason'),
        source: reader.source(item),
      });
    }
  }

  #posture(reader: BlockReader): void {
    const map = reader.map(reader.root, 'the §5 block', POSTURE_KEYS);
    if (map.size === 0) reader.fail(reader.root, `the §5 block is empty (expected: ${POSTURE_KEYS.join(', ')})`);
    const fallback = map.get('default');
    if (fallback) {
      if (this.#defaultPosture) {
        const first = this.#defaultPosture.source;
        reader.fail(fallback.key, `the default posture is already set at line ${first.line}`);
      }
      this.#defaultPosture = { posture: reader.posture(fallback.value), source: reader.source(fallback.key) };
    }
    for (const posture of POSTURES) {
      const list = map.get(posture);
      if (!list) continue;
      const globs = reader.seq(list.value, posture, list.key, `a list of globs, e.g. ["**/${posture}/**"]`).map((glob) => reader.glob(glob));
      this.#postures.set(posture, [...(this.#postures.get(posture) ?? []), ...globs]);
    }
  }

  #trust(reader: BlockReader): void {
    const map = reader.map(reader.root, 'the §7 block', TRUSTED_KEYS);
    const list = reader.required(map, 'trusted', reader.root, 'the §7 block');
    for (const item of reader.seq(list.value, 'trusted', list.key, `a list of attackers, e.g. [operator, cluster-peer]`)) {
      const attacker = reader.attacker(item);
      const earlier = this.#trusted.get(attacker);
      if (earlier) reader.fail(item, `${attacker} is already trusted at line ${earlier.line}`);
      this.#trusted.set(attacker, reader.source(item));
    }
  }

  #nonFinding(reader: BlockReader): void {
    const items = reader.seq(reader.root, 'the §11a block', reader.root, 'a list of {id, key, rule, when, reason} entries');
    for (const item of items) {
      const entry = reader.map(item, 'a known non-finding', NON_FINDING_KEYS);
      const idNode = reader.required(entry, 'id', item, 'a known non-finding').value;
      const id = reader.identifier(idNode);
      const earlier = this.#nonFindings.get(id);
      if (earlier) reader.fail(idNode, `duplicate known non-finding id "${id}" (first used at line ${earlier.source.line})`);
      const rule = reader.optional(entry.get('rule')?.value, (node) => reader.ruleId(node));
      const key = reader.optional(entry.get('key')?.value, (node) => reader.configKey(node));
      if (rule === undefined && key === undefined) reader.fail(item, `known non-finding "${id}" names neither a rule nor a key`);
      const when = reader.optional(entry.get('when')?.value, (node) => reader.condition(node));
      this.#nonFindings.set(id, {
        id,
        rule,
        key,
        when,
        reason: reader.text(reader.required(entry, 'reason', item, 'a known non-finding').value, 'reason'),
        source: reader.source(item),
      });
    }
  }

  build(markdown: string): Policy {
    const postures: PostureGlobs[] = [];
    for (const posture of POSTURES) {
      const globs = this.#postures.get(posture);
      if (globs) postures.push({ posture, globs });
    }
    return {
      path: this.#path,
      sha256: sha256Hex(markdown),
      outOfScope: this.#outOfScope,
      defaultPosture: this.#defaultPosture?.posture ?? 'production',
      postures,
      trusted: [...this.#trusted.keys()],
      knownNonFindings: [...this.#nonFindings.values()],
      sections: SECTIONS,
    };
  }
}

interface MapEntry {
  readonly key: YamlNode;
  readonly value: YamlNode;
}

/** How a policy block is read: the YAML 1.2 core schema only, strict (test/parse/yaml-bundle.test.ts uses them too). */
export const POLICY_BLOCK_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
  customTags: null,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  logLevel: 'silent',
};

/** Reads one YAML block, turning every type or vocabulary mistake into a PolicyError. */
class BlockReader {
  readonly root: YamlNode;
  readonly #block: FencedPolicyBlock;
  readonly #path: string;
  /** The key of each mapping value, to report an empty value where it was written. */
  readonly #keyOf = new WeakMap<YamlNode, YamlNode>();

  constructor(block: FencedPolicyBlock, path: string) {
    this.#block = block;
    this.#path = path;
    const directive = /^%/m.exec(block.text);
    if (directive) this.#failAt(directive.index, 'YAML directives (%YAML, %TAG) are not allowed in a policy block');
    // The YAML 1.2 core schema only: no custom or YAML 1.1 tags (!!binary, !!set, …),
    // no merge keys. Tags, anchors and aliases are refused outright below, so the alias
    // budget is zero: a policy block never needs them and cannot be made to expand.
    const list = withoutYamlDebugOutput(() => [...yamlLib().parseAllDocuments(block.text, POLICY_BLOCK_OPTIONS)]);
    const document = list[0];
    for (const doc of list) {
      const problem = doc.errors[0];
      if (problem) this.#failAt(problem.pos[0], `invalid YAML: ${problem.message.split('\n')[0]}`);
    }
    if (list.length > 1) this.#failAt(list[1]!.range[0], 'a policy block holds one YAML document; write one block per document');
    if (!document || document.contents === null) {
      throw new PolicyError(path, block.fenceLine, block.fenceColumn, 'empty yaml threat-model block: it holds no YAML, only comments or blank lines');
    }
    this.#refuseTagsAndAliases(document);
    const warning = document.warnings[0];
    if (warning) this.#failAt(warning.pos[0], `invalid YAML: ${warning.message.split('\n')[0]}`);
    this.root = document.contents as YamlNode;
  }

  #refuseTagsAndAliases(document: Document): void {
    yamlLib().visit(document, {
      Node: (_key, node) => {
        if (isAlias(node)) this.fail(node, `YAML aliases (*${node.source}) are not allowed in a policy block: write the value out`);
        const anchor = (node as { anchor?: string }).anchor;
        if (anchor) this.#failAt(this.#propertyOffset(node, '&'), `YAML anchors (&${anchor}) and aliases are not allowed in a policy block: write the value out`);
        const tag = (node as { tag?: string }).tag;
        if (tag) this.#failAt(this.#propertyOffset(node, '!'), `YAML tags (${tag.replace(/^tag:yaml\.org,2002:/, '!!')}) are not allowed in a policy block`);
        return undefined;
      },
    });
  }

  /** Where a node's `&anchor` or `!tag` was written: one of the two words before the node. */
  #propertyOffset(node: YamlNode, sigil: '&' | '!'): number {
    const text = this.#block.text;
    let end = node.range?.[0] ?? 0;
    const separator = /[\s[\]{},]/;
    for (let word = 0; word < 2; word++) {
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      let start = end;
      while (start > 0 && !separator.test(text[start - 1]!)) start--;
      if (text[start] === sigil) return start;
      end = start;
    }
    return node.range?.[0] ?? 0;
  }

  source(node: YamlNode): PolicySource {
    return this.#position(node.range?.[0] ?? 0);
  }

  /** 1-based file line and column of an offset in the block (the block's lines are the file's). */
  #position(offset: number): PolicySource {
    const before = this.#block.text.slice(0, Math.max(0, offset));
    const lineIndex = before.split('\n').length - 1;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return { line: this.#block.firstLine + lineIndex, column };
  }

  #failAt(offset: number, message: string): never {
    const { line, column } = this.#position(offset);
    throw new PolicyError(this.#path, line, column, message);
  }

  /** Fails at the node; a value left empty (`key:`) is reported at its key. */
  fail(node: YamlNode, message: string): never {
    const at = isEmptyValue(node) ? (this.#keyOf.get(node) ?? node) : node;
    this.#failAt(at.range?.[0] ?? 0, message);
  }

  map(node: YamlNode, what: string, allowed: readonly string[]): Map<string, MapEntry> {
    if (!isMap(node)) this.fail(node, `${what} must be a mapping of ${allowed.join(', ')}, not ${typeOf(node)}`);
    const out = new Map<string, MapEntry>();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      if (!keyNode || !isScalar(keyNode) || typeof keyNode.value !== 'string') {
        this.fail(keyNode ?? node, `keys in ${what} must be plain words (expected one of: ${allowed.join(', ')})`);
      }
      const key = keyNode.value;
      if (!allowed.includes(key)) {
        this.fail(keyNode, `unknown key "${key}" in ${what}${didYouMean(key, allowed, KEY_SYNONYMS)} (expected one of: ${allowed.join(', ')})`);
      }
      const value = pair.value as YamlNode | null;
      if (!value) this.fail(keyNode, `"${key}" has no value`);
      this.#keyOf.set(value, keyNode);
      out.set(key, { key: keyNode, value });
    }
    return out;
  }

  seq(node: YamlNode, what: string, at: YamlNode, expected: string): YamlNode[] {
    if (!isSeq(node)) this.fail(isEmptyValue(node) ? at : node, `${what} must be ${expected}, not ${typeOf(node)}`);
    return node.items as YamlNode[];
  }

  required(map: Map<string, MapEntry>, key: string, owner: YamlNode, what: string): MapEntry {
    const entry = map.get(key);
    if (!entry) this.fail(owner, `${what} is missing "${key}"`);
    return entry;
  }

  optional<T>(node: YamlNode | undefined, read: (node: YamlNode) => T): T | undefined {
    if (!node || (isScalar(node) && node.value === null)) return undefined;
    return read(node);
  }

  text(node: YamlNode, what: string): string {
    if (!isScalar(node) || typeof node.value !== 'string') this.fail(node, `${what} must be a string, not ${typeOf(node)}`);
    if (node.value.trim() === '') this.fail(node, `${what} is empty`);
    return node.value;
  }

  identifier(node: YamlNode): string {
    const id = this.text(node, 'id');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) this.fail(node, `id "${id}" must be letters, digits, ".", "_" and "-" (it appears in reports as §11a:${id})`);
    return id;
  }

  ruleId(node: YamlNode): string {
    const rule = this.text(node, 'rule');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule)) this.fail(node, `rule "${rule}" is not a rule id: rule ids are kebab-case, e.g. plaintext-listener`);
    return rule;
  }

  configKey(node: YamlNode): string {
    const key = this.text(node, 'key');
    const bad = /[\s=]/.exec(key);
    if (bad) {
      const hint = bad[0] === '=' ? '; to match a value, use "when"' : '';
      this.fail(node, `key "${key}" is not a config key: it contains ${bad[0] === '=' ? '"="' : 'whitespace'}${hint}`);
    }
    if (/\*\*/.test(key)) this.fail(node, `key "${key}": "*" already matches any run of characters; "**" is not needed`);
    return key;
  }

  glob(node: YamlNode): Glob {
    const text = this.text(node, 'a path glob');
    const at = (index: number): never => this.#failAt(this.#offsetInScalar(node, index), this.#globProblem(text, index));
    if (text.startsWith('!')) at(0);
    const backslash = text.indexOf('\\');
    if (backslash !== -1) at(backslash);
    const parent = /(^|\/)\.\.(\/|$)/.exec(text);
    if (parent) at(parent.index + parent[1]!.length);
    const empty = /[^/]\/\/+/.exec(text);
    if (empty) at(empty.index + 1);
    try {
      return compileGlob(text);
    } catch (error) {
      if (error instanceof GlobSyntaxError) this.#failAt(this.#offsetInScalar(node, error.column - 1), `bad glob: ${error.message}`);
      throw error;
    }
  }

  #globProblem(text: string, index: number): string {
    const ch = text[index];
    if (ch === '!') return `bad glob "${text}": negated globs (!…) are not supported; list the paths that are out of scope instead`;
    if (ch === '\\') return `bad glob "${text}": use "/" as the path separator (globs name paths relative to the scan root)`;
    if (ch === '.') return `bad glob "${text}": ".." never matches: globs name paths inside the scan root`;
    return `bad glob "${text}": empty path segment ("//")`;
  }

  /** The offset in the block of character `index` of a scalar's value, where the source allows it. */
  #offsetInScalar(node: YamlNode, index: number): number {
    const start = node.range?.[0] ?? 0;
    const scalar = node as Scalar;
    const raw = this.#block.text.slice(start, node.range?.[1] ?? start);
    const value = String(scalar.value);
    if (raw.startsWith(value)) return start + index;
    if ((raw.startsWith('"') || raw.startsWith("'")) && raw.slice(1).startsWith(value)) return start + 1 + index;
    return start;
  }

  posture(node: YamlNode): Posture {
    const text = this.text(node, 'the default posture');
    if (!(POSTURES as readonly string[]).includes(text)) {
      this.fail(node, `unknown posture "${text}"${didYouMean(text, POSTURES, POSTURE_SYNONYMS)} (postures, least strict first: ${POSTURES.join(' < ')})`);
    }
    return text as Posture;
  }

  attacker(node: YamlNode): Attacker {
    const text = this.text(node, 'an attacker');
    if (!(ATTACKERS as readonly string[]).includes(text)) {
      this.fail(node, `unknown attacker "${text}"${didYouMean(text, ATTACKERS, ATTACKER_SYNONYMS)} (expected one of: ${ATTACKERS.join(', ')})`);
    }
    return text as Attacker;
  }

  condition(node: YamlNode): ValueCondition {
    if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) {
      const text = typeof node.source === 'string' && node.source !== '' ? node.source : String(node.value);
      return { kind: 'compare', operator: '=', operand: text, text: `= ${text}` };
    }
    const text = this.text(node, '"when"').trim();
    if (text.startsWith('/')) {
      const regex = /^\/(.*)\/([A-Za-z]*)$/s.exec(text);
      if (!regex) this.fail(node, `bad "when" regular expression ${text}: write it as /pattern/ with optional flags i, m, s, u`);
      const [, pattern, flags] = regex as unknown as [string, string, string];
      const badFlag = /[^imsu]/.exec(flags);
      if (badFlag) {
        const why = badFlag[0] === 'g' || badFlag[0] === 'y' ? ' (it makes matching depend on earlier matches)' : '';
        this.fail(node, `bad "when" regular expression ${text}: flag "${badFlag[0]}" is not allowed${why}; use i, m, s or u`);
      }
      if (pattern === '') this.fail(node, 'bad "when" regular expression //: it matches every value; leave "when" out instead');
      try {
        return { kind: 'regex', regex: new RegExp(pattern, flags), text };
      } catch (error) {
        this.fail(node, `bad "when" regular expression ${text}: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`);
      }
    }
    const comparison = /^([<>=!]+)\s*(.*)$/s.exec(text);
    if (!comparison) {
      this.fail(node, `bad "when" condition "${text}" (did you mean "= ${text}"?): write "= v", "!= v", "< n", "<= n", "> n", ">= n" or /regex/`);
    }
    if (!OPERATORS.includes(comparison[1]!)) {
      const hint = OPERATOR_TYPOS[comparison[1]!];
      this.fail(node, `bad "when" condition "${text}": "${comparison[1]}" is not an operator${hint ? ` (did you mean ${hint}?)` : ''}; use =, !=, <, <=, > or >=`);
    }
    const operator = (comparison[1] === '==' ? '=' : comparison[1]) as '=' | '!=' | '<' | '<=' | '>' | '>=';
    const operand = comparison[2]!.trim();
    if (operand === '') this.fail(node, `bad "when" condition "${text}": nothing to compare with after "${comparison[1]}"`);
    if (operator !== '=' && operator !== '!=' && !/^[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(operand)) {
      this.fail(node, `bad "when" condition "${text}": "${operator}" compares numbers, and "${operand}" is not a number`);
    }
    return { kind: 'compare', operator, operand, text };
  }
}

/** `key:` with nothing after it. */
function isEmptyValue(node: YamlNode): boolean {
  return isScalar(node) && node.value === null && (node.source === undefined || node.source === '');
}

function typeOf(node: YamlNode): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return isEmptyValue(node) ? 'nothing' : 'null';
    if (typeof value === 'string') return `the string "${value}"`;
    if (typeof value === 'number') return `the number ${node.source ?? value}`;
    if (typeof value === 'boolean') return `the boolean ${value}`;
  }
  return 'something else';
}
