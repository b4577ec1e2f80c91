/**
 * Glob patterns over `/`-separated relative paths: `*` and `?` stay inside one segment,
 * `**` spans segments, `{a,b}` picks one, `[abc]` / `[a-z]` / `[!abc]` one character
 * (never `/`). A pattern with no `/` matches the file name at any depth (as in
 * .gitignore). A pattern ending in `/` or naming a folder also matches everything below it.
 *
 * Globs come from files anyone can commit (.gitignore, THREAT_MODEL.md) and are matched
 * against file names anyone can choose, so matching must not backtrack: a pattern is
 * compiled to an automaton and run in time linear in the path (a backtracking regex takes
 * seconds to years on `*a*a*a*a*b` against a long name).
 */
export interface Glob {
  readonly source: string;
  matches(path: string): boolean;
}

export class GlobSyntaxError extends Error {
  readonly column: number;
  constructor(message: string, column: number) {
    super(message);
    this.column = column;
  }
}

const SLASH = 47;

/** Longer than any path (PATH_MAX is 4096): such a glob matches nothing real and would only cost memory. */
export const MAX_GLOB_LENGTH = 4096;

export function compileGlob(pattern: string): Glob {
  if (pattern.length === 0) throw new GlobSyntaxError('empty glob', 1);
  if (pattern.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`glob longer than ${MAX_GLOB_LENGTH} characters`, MAX_GLOB_LENGTH + 1);
  let body = pattern.startsWith('./') ? pattern.slice(2) : pattern;
  const anchored = body.startsWith('/') || body.slice(0, -1).includes('/');
  let leading = 0;
  while (body.charCodeAt(leading) === SLASH) leading++;
  // Columns in errors count in `pattern`, so the stripped prefix is added back.
  const offset = pattern.length - body.length + leading;
  body = body.slice(leading);
  let trailing = body.length;
  while (trailing > 0 && body.charCodeAt(trailing - 1) === SLASH) trailing--;
  body = body.slice(0, trailing);
  if (body.length === 0) throw new GlobSyntaxError(`glob "${pattern}" names no path`, 1);
  const items = parseGlob(body, pattern, offset);
  const literal = requiredLiteral(items);
  // Built on the first path that has the literal: most globs of a threat model never need it.
  let automaton: Automaton | undefined;
  return { source: pattern, matches: (path) => path.includes(literal) && (automaton ??= new Automaton(items, anchored)).matches(path) };
}

/**
 * The longest run of plain characters in the pattern's top-level sequence: every path the
 * glob matches contains it (a folder match too: its path starts with the matched one), so a
 * path without it is rejected by one substring search, before the automaton. Most paths
 * meet most §3/§5 globs that way, which matters on a cold start: the automaton's first
 * steps build its states (~3 ms of a one-file scan judged by the built-in threat model).
 */
function requiredLiteral(items: readonly Item[]): string {
  let longest = '';
  let run = '';
  for (const item of items) {
    if (item.kind === 'char') {
      run += String.fromCharCode(item.code);
      if (run.length > longest.length) longest = run;
    } else {
      run = '';
    }
  }
  return longest;
}

// ---------------------------------------------------------------------------------------
// Syntax: the pattern as a sequence of items.

type Item =
  | { readonly kind: 'char'; readonly code: number }
  /** `?`: one character other than `/`. */
  | { readonly kind: 'one' }
  /** `*`: any run of characters other than `/`. */
  | { readonly kind: 'star' }
  /** `**` followed by `/`: any number of whole segments, each with its `/`. */
  | { readonly kind: 'segments' }
  /** a final `**`: anything. */
  | { readonly kind: 'rest' }
  | { readonly kind: 'class'; readonly test: (code: number) => boolean }
  | { readonly kind: 'choice'; readonly options: readonly Item[][] };

function parseGlob(body: string, original: string, offset: number): Item[] {
  // A stack of open `{`: each holds the options read so far and the current one.
  const top: Item[] = [];
  const open: { at: number; options: Item[][]; current: Item[]; parent: Item[] }[] = [];
  let current = top;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '*') {
      if (body[i + 1] === '*') {
        const atSegmentStart = i === 0 || body[i - 1] === '/';
        const atSegmentEnd = i + 2 === body.length || body[i + 2] === '/';
        if (!atSegmentStart || !atSegmentEnd) throw new GlobSyntaxError(`"**" must be a whole path segment in "${original}"`, offset + i + 1);
        if (body[i + 2] === '/') {
          current.push({ kind: 'segments' });
          i += 2;
        } else {
          current.push({ kind: 'rest' });
          i += 1;
        }
      } else {
        current.push({ kind: 'star' });
      }
    } else if (ch === '?') {
      current.push({ kind: 'one' });
    } else if (ch === '[') {
      const { test, end } = parseClass(body, i, original, offset);
      current.push({ kind: 'class', test });
      i = end;
    } else if (ch === '{') {
      const frame = { at: i, options: [] as Item[][], current: [] as Item[], parent: current };
      open.push(frame);
      current = frame.current;
    } else if (ch === '}' && open.length > 0) {
      const frame = open.pop()!;
      frame.options.push(frame.current);
      frame.parent.push({ kind: 'choice', options: frame.options });
      current = frame.parent;
    } else if (ch === ',' && open.length > 0) {
      const frame = open[open.length - 1]!;
      frame.options.push(frame.current);
      frame.current = [];
      current = frame.current;
    } else {
      current.push({ kind: 'char', code: body.charCodeAt(i) });
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) throw new GlobSyntaxError(`unclosed "{" in "${original}"`, offset + unclosed.at + 1);
  return top;
}

/** `[…]` at `start`: `!` or `^` negates, a `]` first is literal, `a-z` is a range; never `/`. */
function parseClass(body: string, start: number, original: string, offset: number): { test: (code: number) => boolean; end: number } {
  let i = start + 1;
  const negated = body[i] === '!' || body[i] === '^';
  if (negated) i++;
  const close = body.indexOf(']', i + 1);
  if (close === -1) throw new GlobSyntaxError(`unclosed "[" in "${original}"`, offset + start + 1);
  const set = body.slice(i, close);
  if (set.includes('/')) throw new GlobSyntaxError(`"/" inside "[…]" in "${original}"`, offset + start + 1);
  const ranges: [number, number][] = [];
  for (let k = 0; k < set.length; k++) {
    const low = set.charCodeAt(k);
    if (set[k + 1] === '-' && k + 2 < set.length) {
      const high = set.charCodeAt(k + 2);
      if (high < low) throw new GlobSyntaxError(`range "${set.slice(k, k + 3)}" is out of order in "${original}"`, offset + start + 1);
      ranges.push([low, high]);
      k += 2;
    } else {
      ranges.push([low, low]);
    }
  }
  const inSet = (code: number): boolean => ranges.some(([low, high]) => code >= low && code <= high);
  return { test: negated ? (code) => code !== SLASH && !inSet(code) : (code) => code !== SLASH && inSet(code), end: close };
}

// ---------------------------------------------------------------------------------------
// Matching: a Thompson NFA, run as a lazily built DFA (each step one Map lookup).

/** NFA state kinds; the states live in parallel arrays of small integers (cheap to build and collect). */
const CHAR = 0;
const NOT_SLASH = 1;
const ANY = 2;
const CLASS = 3;
const SPLIT = 4;
const MATCH = 5;

interface DfaState {
  readonly states: readonly number[];
  readonly accepting: boolean;
  readonly next: Map<number, DfaState>;
}

/** DFA states kept per glob before the cache starts over (bounds memory on hostile patterns). */
const MAX_DFA_STATES = 4096;

class Automaton {
  readonly #kind: number[] = [];
  /** CHAR: the code unit; CLASS: the index of its test. */
  readonly #code: number[] = [];
  readonly #out: number[] = [];
  /** SPLIT: the second way out. */
  readonly #out2: number[] = [];
  readonly #tests: ((code: number) => boolean)[] = [];
  readonly #start: number;
  #cache = new Map<string, DfaState>();
  #initial: DfaState;

  constructor(items: readonly Item[], anchored: boolean) {
    // Built back to front: each piece is given the state that follows it.
    const match = this.#add(MATCH, 0, -1);
    // `(?:/.*)?` — a folder's pattern matches everything below it.
    const anyLoop = this.#loop((next) => this.#add(ANY, 0, next), match);
    const below = this.#add(CHAR, SLASH, anyLoop);
    const end = this.#add(SPLIT, 0, below, match);
    let start = this.#sequence(items, end);
    if (!anchored) {
      // `(?:.*/)?` — an unanchored pattern matches at any depth.
      const slash = this.#add(CHAR, SLASH, start);
      const prefix = this.#loop((next) => this.#add(ANY, 0, next), slash);
      start = this.#add(SPLIT, 0, start, prefix);
    }
    this.#start = start;
    this.#initial = this.#state(this.#closure([start]));
  }

  matches(path: string): boolean {
    let state = this.#initial;
    for (let i = 0; i < path.length; i++) {
      const code = path.charCodeAt(i);
      let next = state.next.get(code);
      if (!next) {
        if (this.#cache.size > MAX_DFA_STATES) {
          this.#cache = new Map();
          this.#initial = this.#state(this.#closure([this.#start]));
        }
        next = this.#state(this.#closure(this.#step(state.states, code)));
        state.next.set(code, next);
      }
      if (next.states.length === 0) return false;
      state = next;
    }
    return state.accepting;
  }

  #add(kind: number, code: number, out: number, out2 = -1): number {
    this.#kind.push(kind);
    this.#code.push(code);
    this.#out.push(out);
    this.#out2.push(out2);
    return this.#kind.length - 1;
  }

  /** `(?:body)*` followed by `next`: a split that enters `body` (which loops back) or leaves. */
  #loop(body: (next: number) => number, next: number): number {
    const split = this.#add(SPLIT, 0, -1, next);
    this.#out[split] = body(split);
    return split;
  }

  #sequence(items: readonly Item[], next: number): number {
    let out = next;
    for (let i = items.length - 1; i >= 0; i--) out = this.#item(items[i]!, out);
    return out;
  }

  #item(item: Item, next: number): number {
    switch (item.kind) {
      case 'char':
        return this.#add(CHAR, item.code, next);
      case 'one':
        return this.#add(NOT_SLASH, 0, next);
      case 'class':
        this.#tests.push(item.test);
        return this.#add(CLASS, this.#tests.length - 1, next);
      case 'star':
        return this.#loop((loop) => this.#add(NOT_SLASH, 0, loop), next);
      case 'rest':
        return this.#loop((loop) => this.#add(ANY, 0, loop), next);
      case 'segments':
        return this.#loop((loop) => {
          const slash = this.#add(CHAR, SLASH, loop);
          return this.#loop((inner) => this.#add(NOT_SLASH, 0, inner), slash);
        }, next);
      case 'choice': {
        let entry = -1;
        for (const option of item.options) {
          const start = this.#sequence(option, next);
          entry = entry === -1 ? start : this.#add(SPLIT, 0, start, entry);
        }
        return entry;
      }
    }
  }

  /** The states reachable through splits alone, sorted; splits themselves are left out. */
  #closure(from: readonly number[]): number[] {
    const seen = new Set<number>();
    const out: number[] = [];
    const stack = [...from];
    while (stack.length > 0) {
      const index = stack.pop()!;
      if (seen.has(index)) continue;
      seen.add(index);
      if (this.#kind[index] === SPLIT) stack.push(this.#out2[index]!, this.#out[index]!);
      else out.push(index);
    }
    return out.sort((a, b) => a - b);
  }

  #step(states: readonly number[], code: number): number[] {
    const out: number[] = [];
    for (const index of states) {
      const kind = this.#kind[index];
      const accepts =
        kind === ANY ||
        (kind === CHAR && this.#code[index] === code) ||
        (kind === NOT_SLASH && code !== SLASH) ||
        (kind === CLASS && this.#tests[this.#code[index]!]!(code));
      if (accepts) out.push(this.#out[index]!);
    }
    return out;
  }

  #state(states: number[]): DfaState {
    const key = states.join(',');
    let state = this.#cache.get(key);
    if (!state) {
      state = { states, accepting: states.some((index) => this.#kind[index] === MATCH), next: new Map() };
      this.#cache.set(key, state);
    }
    return state;
  }
}
