/**
 * Bounded selection: the first `k` of `0..n-1` in the order `before` defines, as a full sort
 * would list them, at a fraction of its cost when k is well below n. `before` must be a strict
 * total order (every caller breaks weight ties by term), so the result is the sort's own prefix.
 */
export function topK(n: number, k: number, before: (a: number, b: number) => boolean, into: number[] = []): number[] {
  into.length = 0;
  if (k <= 0) return into;
  for (let i = 0; i < n; i++) {
    const full = into.length === k;
    if (full && !before(i, into[k - 1])) continue;
    let at = full ? k - 1 : into.length;
    while (at > 0 && before(i, into[at - 1])) { into[at] = into[at - 1]; at--; }
    into[at] = i;
  }
  return into;
}
