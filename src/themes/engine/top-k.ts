/**
 * Bounded selection: the first `k` of `0..n-1` in the order `before` defines, as a full sort
 * would list them, at a fraction of its cost when k is well below n. `before` must be a strict
 * total order (every caller breaks weight ties by term), so the result is the sort's own prefix.
 * Written to `into[0..count)`; returns the count. `into` is never cut back (setting an array's
 * length to 0 drops its backing store in V8, so reused scratch would be regrown on every call).
 */
export function topK(n: number, k: number, before: (a: number, b: number) => boolean, into: number[]): number {
  let len = 0;
  if (k <= 0) return 0;
  for (let i = 0; i < n; i++) {
    const full = len === k;
    if (full && !before(i, into[k - 1])) continue;
    let at = full ? k - 1 : len++;
    while (at > 0 && before(i, into[at - 1])) { into[at] = into[at - 1]; at--; }
    into[at] = i;
  }
  return len;
}
