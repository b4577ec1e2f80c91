import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { ATTACKERS, POSTURES, type Attacker, type Posture } from '../rule-kit/types.js';
import { compileGlob, GlobSyntaxError, type Glob } from '../util/glob.js';
import { sha256Hex } from '../util/hash.js';
import type { KnownNonFinding, Policy, PolicySource, PostureGlobs, ScopeExclusion, ValueCondition } from './policy.js';

/** A mistake in THREAT_MODEL.md, with the line and column where it was written. */
export class PolicyError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(file: string, line: number, column: number, message: string) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

interface PolicyBlock {
  readonly section: string;
  readonly text: string;
  /** The line of the block's first content line in THREAT_MODEL.md. */
  readonly firstLine: number;
}

const SECTION_HEADING = /^#{1,6}\s+(§\d+[a-z]?)\b/;
const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*(.*)$/;
const POLICY_INFO = /^yaml\s+threat-model\s*$/;

/** Which kind of policy each section carries. */
const SECTION_KIND: Record<string, 'scope' | 'postures' | 'trusted' | 'nonFindings'> = {
  '§3': 'scope',
  '§5': 'postures',
  '§7': 'trusted',
  '§11a': 'nonFindings',
};

/** True when the Markdown holds at least one `yaml threat-model` block. */
export function hasPolicyBlocks(markdown: string): boolean {
  return extractBlocks(markdown, '<probe>').length > 0;
}

/** Reads THREAT_MODEL.md into a Policy; throws PolicyError naming the line of any mistake. */
export function loadPolicy(markdown: string, path: string): Policy {
  const blocks = extractBlocks(markdown, path);
  const outOfScope: ScopeExclusion[] = [];
  const postures: PostureGlobs[] = [];
  const trusted: Attacker[] = [];
  const knownNonFindings: KnownNonFinding[] = [];
  let defaultPosture: Posture = 'production';
  const sections = { scope: '§3', postures: '§5', trusted: '§7', nonFindings: '§11a' };

  for (const block of blocks) {
    const kind = SECTION_KIND[block.section];
    const reader = new BlockReader(block, path);
    if (!kind) reader.fail(reader.root, `a policy block under ${block.section}, which carries no policy (policy sections: ${Object.keys(SECTION_KIND).join(', ')})`);
    const root = reader.root;
    if (kind === 'scope') {
      const map = reader.map(root, 'the §3 block', ['out_of_scope']);
      const list = map.get('out_of_scope');
      if (list) {
        for (const item of reader.seq(list, 'out_of_scope')) {
          const entry = reader.map(item, 'an out_of_scope entry', ['paths', 'reason']);
          const paths = reader.required(entry, 'paths', item);
          outOfScope.push({
            paths: reader.seq(paths, 'paths').map((glob) => reader.glob(glob)),
            reason: reader.string(reader.required(entry, 'reason', item), 'reason'),
            source: reader.source(item),
          });
        }
      }
    } else if (kind === 'postures') {
      const map = reader.map(root, 'the §5 block', ['default', ...POSTURES]);
      const fallback = map.get('default');
      if (fallback) defaultPosture = reader.posture(fallback);
      for (const posture of POSTURES) {
        const list = map.get(posture);
        if (list) postures.push({ posture, globs: reader.seq(list, posture).map((glob) => reader.glob(glob)) });
      }
    } else if (kind === 'trusted') {
      const map = reader.map(root, 'the §7 block', ['trusted']);
      const list = map.get('trusted');
      if (list) for (const item of reader.seq(list, 'trusted')) trusted.push(reader.attacker(item));
    } else {
      for (const item of reader.seq(root, 'the §11a block')) {
        const entry = reader.map(item, 'a known non-finding', ['id', 'key', 'rule', 'when', 'reason']);
        const id = reader.string(reader.required(entry, 'id', item), 'id');
        const rule = reader.optionalString(entry.get('rule'), 'rule');
        const key = reader.optionalString(entry.get('key'), 'key');
        if (rule === undefined && key === undefined) reader.fail(item, `known non-finding "${id}" names neither a rule nor a key`);
        const whenNode = entry.get('when');
        knownNonFindings.push({
          id,
          rule,
          key,
          when: whenNode && !isNullNode(whenNode) ? reader.condition(whenNode) : undefined,
          reason: reader.string(reader.required(entry, 'reason', item), 'reason'),
          source: reader.source(item),
        });
      }
    }
  }
  return {
    path,
    sha256: sha256Hex(markdown),
    outOfScope,
    defaultPosture,
    postures,
    trusted,
    knownNonFindings,
    sections,
  };
}

function extractBlocks(markdown: string, path: string): PolicyBlock[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks: PolicyBlock[] = [];
  let section: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[2]!;
      const isPolicy = POLICY_INFO.test(fence[3]!.trim());
      const start = index + 1;
      let end = start;
      while (end < lines.length && !isClosingFence(lines[end]!, marker)) end++;
      if (isPolicy) {
        if (end >= lines.length) throw new PolicyError(path, index + 1, 1, 'unclosed yaml threat-model block');
        if (!section) throw new PolicyError(path, index + 1, 1, 'a yaml threat-model block before any § section heading');
        blocks.push({ section, text: lines.slice(start, end).join('\n'), firstLine: start + 1 });
      }
      index = end;
      continue;
    }
    const heading = SECTION_HEADING.exec(line);
    if (heading) section = heading[1];
  }
  return blocks;
}

function isClosingFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(marker) && /^[`~]+$/.test(trimmed) && trimmed[0] === marker[0];
}

function isNullNode(node: YamlNode): boolean {
  return isScalar(node) && node.value === null;
}

/** Reads one YAML block, turning every type or vocabulary mistake into a PolicyError. */
class BlockReader {
  readonly root: YamlNode;
  readonly #lineCounter = new LineCounter();
  readonly #block: PolicyBlock;
  readonly #path: string;

  constructor(block: PolicyBlock, path: string) {
    this.#block = block;
    this.#path = path;
    // No custom tags, and a small alias budget: a policy block never needs either.
    const document = parseDocument(block.text, { lineCounter: this.#lineCounter, customTags: [], prettyErrors: false, uniqueKeys: true });
    const problem = document.errors[0];
    if (problem) {
      const [offset] = problem.pos;
      const { line, col } = this.#lineCounter.linePos(offset);
      throw new PolicyError(path, block.firstLine + line - 1, col, `invalid YAML in policy block: ${problem.message.split('\n')[0]}`);
    }
    if (!document.contents) throw new PolicyError(path, block.firstLine, 1, 'empty yaml threat-model block');
    this.root = document.contents as YamlNode;
  }

  source(node: YamlNode): PolicySource {
    const offset = node.range?.[0] ?? 0;
    const { line, col } = this.#lineCounter.linePos(offset);
    return { line: this.#block.firstLine + line - 1, column: col };
  }

  fail(node: YamlNode, message: string): never {
    const { line, column } = this.source(node);
    throw new PolicyError(this.#path, line, column, message);
  }

  map(node: YamlNode, what: string, allowed: readonly string[]): Map<string, YamlNode> {
    if (!isMap(node)) this.fail(node, `${what} must be a mapping`);
    const out = new Map<string, YamlNode>();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!allowed.includes(key)) this.fail(keyNode, `unknown key "${key}" in ${what} (expected one of: ${allowed.join(', ')})`);
      out.set(key, (pair.value ?? keyNode) as YamlNode);
    }
    return out;
  }

  seq(node: YamlNode, what: string): YamlNode[] {
    if (!isSeq(node)) this.fail(node, `${what} must be a list`);
    return node.items as YamlNode[];
  }

  required(map: Map<string, YamlNode>, key: string, owner: YamlNode): YamlNode {
    const node = map.get(key);
    if (!node) this.fail(owner, `missing "${key}"`);
    return node;
  }

  string(node: YamlNode, what: string): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') this.fail(node, `${what} must be a non-empty string`);
    return node.value;
  }

  optionalString(node: YamlNode | undefined, what: string): string | undefined {
    if (!node || isNullNode(node)) return undefined;
    return this.string(node, what);
  }

  glob(node: YamlNode): Glob {
    const text = this.string(node, 'a path glob');
    try {
      return compileGlob(text);
    } catch (error) {
      if (error instanceof GlobSyntaxError) this.fail(node, `bad glob: ${error.message}`);
      throw error;
    }
  }

  posture(node: YamlNode): Posture {
    const text = this.string(node, 'a posture');
    if (!(POSTURES as readonly string[]).includes(text)) this.fail(node, `unknown posture "${text}" (expected one of: ${POSTURES.join(', ')})`);
    return text as Posture;
  }

  attacker(node: YamlNode): Attacker {
    const text = this.string(node, 'an attacker');
    if (!(ATTACKERS as readonly string[]).includes(text)) this.fail(node, `unknown attacker "${text}" (expected one of: ${ATTACKERS.join(', ')})`);
    return text as Attacker;
  }

  condition(node: YamlNode): ValueCondition {
    if (isScalar(node) && typeof node.value === 'number') return { kind: 'compare', operator: '=', operand: String(node.value), text: String(node.value) };
    const text = this.string(node, '"when"').trim();
    const regex = /^\/(.*)\/([imsu]*)$/s.exec(text);
    if (regex) {
      try {
        return { kind: 'regex', regex: new RegExp(regex[1]!, regex[2]), text };
      } catch (error) {
        this.fail(node, `bad regular expression in "when": ${(error as Error).message}`);
      }
    }
    const comparison = /^(<=|>=|!=|=|<|>)\s*(\S.*)$/.exec(text);
    if (!comparison) this.fail(node, `bad "when" condition "${text}" (expected "= v", "!= v", "< n", "<= n", "> n", ">= n" or /regex/)`);
    const operator = comparison[1] as '=' | '!=' | '<' | '<=' | '>' | '>=';
    const operand = comparison[2]!.trim();
    if (operator !== '=' && operator !== '!=' && !Number.isFinite(Number(operand))) this.fail(node, `"when" compares with "${operand}", which is not a number`);
    return { kind: 'compare', operator, operand, text };
  }
}
