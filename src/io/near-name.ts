/** Lower case, letters and digits only: `Max Distance (km)` and `max_distance_km` compare equal. */
const plain = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Edits between two words, a swap of neighbouring letters counting as one (`prioirty` is one edit from `priority`). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * How near `name` is to `candidate`: 0 when they differ only in case and
 * punctuation, the edit distance when it is small for the words' length (one
 * edit for words of up to four letters, two beyond), 3 when one starts with
 * the other (`max_distance` for `max_distance_km`); undefined when they are
 * not alike.
 */
function nearness(name: string, candidate: string): number | undefined {
  const [a, b] = [plain(name), plain(candidate)];
  if (a === '' || b === '') return undefined;
  const edits = editDistance(a, b);
  if (edits <= (Math.min(a.length, b.length) <= 4 ? 1 : 2)) return edits;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 4 && longer.startsWith(shorter) ? 3 : undefined;
}

/**
 * The candidate that `name` is most likely a typo of, or undefined when none
 * is alike. `aliases` maps other words people use (e.g. the Dutch `kost`) to
 * the candidate they mean. Ties go to the first candidate.
 */
export function nearName(name: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const alias = Object.hasOwn(aliases, plain(name)) ? aliases[plain(name)] : undefined;
  if (alias !== undefined && candidates.includes(alias)) return alias;
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = nearness(name, candidate);
    if (score !== undefined && (best === undefined || score < best.score)) best = { candidate, score };
  }
  return best?.candidate;
}
