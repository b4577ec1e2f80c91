/**
 * "did you mean …?" for THREAT_MODEL.md mistakes: a near miss by edit distance, a prefix
 * (`prod` → `production`), or a word people use for the same thing (`admin` → `operator`).
 */
export function suggest(word: string, candidates: readonly string[], synonyms: Readonly<Record<string, string>> = {}): string | undefined {
  const wanted = word.trim().toLowerCase();
  if (wanted === '') return undefined;
  const exact = candidates.find((candidate) => candidate.toLowerCase() === wanted);
  if (exact) return exact;
  const normalised = normalise(wanted);
  const sameLetters = candidates.find((candidate) => normalise(candidate) === normalised);
  if (sameLetters) return sameLetters;
  const synonym = synonyms[wanted] ?? synonyms[normalised];
  if (synonym && candidates.includes(synonym)) return synonym;

  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(wanted.length, best.length) / 4))) return best;
  if (wanted.length >= 3) {
    const prefixed = candidates.filter((candidate) => candidate.toLowerCase().startsWith(wanted));
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/** ` (did you mean "x"?)` or nothing. */
export function didYouMean(word: string, candidates: readonly string[], synonyms?: Readonly<Record<string, string>>): string {
  const hit = suggest(word, candidates, synonyms);
  return hit === undefined || hit === word ? '' : ` (did you mean ${hit}?)`;
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
