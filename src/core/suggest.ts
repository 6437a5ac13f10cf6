/**
 * "Did you mean" for a misspelt name ("agee" → "age", "drift-chek" → "drift-check"):
 * columns, settings, gates. Shared by every error message that names a choice.
 * Levenshtein distance (Levenshtein 1966) with the two-row dynamic programme;
 * names differing only in case or by a prefix count as close too.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length];
}

/** Up to `limit` candidates close to `name`, closest first. */
export function closeMatches(name: string, candidates: readonly string[], limit = 3): string[] {
  const lower = name.toLowerCase();
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    const cl = c.toLowerCase();
    let d = editDistance(lower, cl);
    if (cl === lower) d = 0;
    else if (cl.startsWith(lower) || lower.startsWith(cl)) d = Math.min(d, 1);
    if (d <= Math.max(1, Math.floor(name.length / 3))) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c));
  return scored.slice(0, limit).map((s) => s.c);
}

/** " (did you mean "age"?)" or "", for the end of a message. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const m = closeMatches(name, candidates);
  return m.length ? ` (did you mean ${m.map((s) => `"${s}"`).join(' or ')}?)` : '';
}

/** The single closest candidate, for "did you mean" in one-line errors. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  return closeMatches(name, [...candidates], 1)[0];
}
