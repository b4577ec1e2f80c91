/**
 * Finds the `yaml threat-model` blocks of THREAT_MODEL.md and the § section each one sits
 * in. Only ATX headings (`## §3 Scope`) and fenced code blocks matter; everything else is
 * prose. A heading's section lasts until the next heading of the same or a higher level,
 * so `### Notes` stays inside `## §7` but `## Appendix` ends it.
 */

/** Where a heading was written and which § id it carries, if any. */
export interface Heading {
  readonly sectionId: string | undefined;
  readonly title: string;
  readonly level: number;
  readonly line: number;
}

export interface FencedPolicyBlock {
  /** The heading the block sits under (undefined: before any heading). */
  readonly heading: Heading | undefined;
  /** The opening fence: 1-based line and the column of its first backtick or tilde. */
  readonly fenceLine: number;
  readonly fenceColumn: number;
  /** The block's content, its lines joined with `\n`, unchanged (columns are the file's). */
  readonly text: string;
  /** The 1-based line of the first content line. */
  readonly firstLine: number;
}

/** A Markdown-level mistake; the loader turns it into a PolicyError. */
export interface MarkdownProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type MarkdownScan = { readonly ok: true; readonly blocks: FencedPolicyBlock[] } | { readonly ok: false; readonly problem: MarkdownProblem };

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const POLICY_INFO = /^yaml[ \t]+threat-model$/;
const SECTION_ID = /^\u00a7(\d+[a-z]?(?:\.\d+)*)(?![\w])/;

/**
 * True when the document has a policy block, or a mistake around one (a near-miss info
 * string, an unclosed fence) that loading should report rather than skip. An example shown
 * inside a longer fence does not count. Never throws.
 */
export function mentionsPolicyBlock(markdown: string): boolean {
  const scan = scanMarkdown(markdown);
  return !scan.ok || scan.blocks.length > 0;
}

export function scanMarkdown(markdown: string): MarkdownScan {
  const lines = splitLines(markdown);
  const blocks: FencedPolicyBlock[] = [];
  let heading: Heading | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = openingFence(line);
    if (fence) {
      if (fence.nearMiss) {
        return problem(index + 1, fence.infoColumn, `the code block is marked "${fence.info}", which is not read as policy; a policy block is marked exactly \`\`\`yaml threat-model`);
      }
      let end = index + 1;
      let swallowed: number | undefined;
      let firstInside: number | undefined;
      for (; end < lines.length; end++) {
        const inner = lines[end]!;
        if (isClosingFence(inner, fence.marker)) break;
        const nested = openingFence(inner);
        // A policy fence that this block's own closing fence could end means the
        // block above was left open by mistake (an example inside a longer ```` fence is fine).
        const couldClose = nested !== undefined && nested.marker[0] === fence.marker[0] && nested.marker.length >= fence.marker.length;
        if (nested && (nested.isPolicy || nested.nearMiss)) {
          firstInside ??= end;
          if ((couldClose || fence.isPolicy) && swallowed === undefined) swallowed = end;
        }
      }
      const closed = end < lines.length;
      if (!closed) swallowed ??= firstInside;
      if (fence.isPolicy) {
        if (swallowed !== undefined) {
          return problem(index + 1, fence.column, `the yaml threat-model block opened here is not closed before the next one at line ${swallowed + 1}`);
        }
        if (!closed) return problem(index + 1, fence.column, `unclosed yaml threat-model block: no closing ${fence.marker} before the end of the file`);
        blocks.push({ heading, fenceLine: index + 1, fenceColumn: fence.column, text: lines.slice(index + 1, end).join('\n'), firstLine: index + 2 });
      } else if (swallowed !== undefined) {
        return problem(
          index + 1,
          fence.column,
          `this code block is not closed before line ${swallowed + 1}, so the yaml threat-model block there is read as part of it; close it with ${fence.marker}`,
        );
      }
      index = end;
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      const level = atx[1]!.length;
      const title = withoutClosingHashes(atx[2] ?? '').trim();
      const id = SECTION_ID.exec(title);
      if (id) heading = { sectionId: `§${id[1]}`, title, level, line: index + 1 };
      else if (!heading || heading.sectionId === undefined || level <= heading.level) heading = { sectionId: undefined, title, level, line: index + 1 };
    }
  }
  return { ok: true, blocks };
}

/**
 * An ATX heading's text without its optional closing sequence (`## §3 Scope ##`): trailing
 * `#`s preceded by a space or tab, or alone. A loop rather than `/[ \t]+#+$/`, which
 * backtracks quadratically on a long run of spaces.
 */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length) return text;
  if (end === 0) return '';
  return text[end - 1] === ' ' || text[end - 1] === '\t' ? text.slice(0, end) : text;
}

function problem(line: number, column: number, message: string): MarkdownScan {
  return { ok: false, problem: { line, column, message } };
}

function splitLines(markdown: string): string[] {
  const text = markdown.startsWith('\uFEFF') ? markdown.slice(1) : markdown;
  return text.split(/\r\n|\r|\n/);
}

interface OpeningFence {
  readonly marker: string;
  readonly column: number;
  readonly info: string;
  readonly infoColumn: number;
  readonly isPolicy: boolean;
  readonly nearMiss: boolean;
}

function openingFence(line: string): OpeningFence | undefined {
  const match = FENCE_OPEN.exec(line);
  if (!match) return undefined;
  const [, indent, marker, rest] = match as unknown as [string, string, string, string];
  // CommonMark: the info string of a backtick fence cannot contain a backtick.
  if (marker[0] === '`' && rest.includes('`')) return undefined;
  const info = rest.trim();
  const infoColumn = indent.length + marker.length + (rest.length - rest.trimStart().length) + 1;
  const isPolicy = POLICY_INFO.test(info);
  const nearMiss = !isPolicy && info.split(/\s+/).some((word) => word.toLowerCase().replace(/[-_]/g, '') === 'threatmodel');
  return { marker, column: indent.length + 1, info, infoColumn, isPolicy, nearMiss };
}

function isClosingFence(line: string, marker: string): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return match !== null && match[1]![0] === marker[0] && match[1]!.length >= marker.length;
}
