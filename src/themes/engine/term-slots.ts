/**
 * A centroid's terms and the slot each sits in. Lookups are the engine's innermost operation
 * (every similarity is a few dozen of them), so instead of a Map keyed by string this is an
 * open-addressing table keyed by a hash the caller usually has already (vectors carry their
 * terms' hashes): no string hashing per lookup, and each cell holds enough of its term's hash
 * to pass over other terms without reading them. The arrays are plain arrays
 * of small integers, not typed arrays: thousands of themes are built per consolidation, and a
 * typed array of this size costs a separate allocation outside the heap.
 */

/** FNV-1a over UTF-16 code units, cut to 30 bits so it is always a small integer. */
export function hashTerm(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * Scratch for retain (single-threaded, never held across calls), written up to a count and never
 * cut back; pruning is frequent, and two mapped arrays per prune were garbage.
 */
const retained = { terms: [] as string[], hashes: [] as number[] };

export class TermSlots {
  /** Terms by slot, and their hashes. */
  readonly terms: string[] = [];
  private readonly hashes: number[] = [];
  /**
   * Per cell, 0 when empty, else the slot + 1 in the bits `mask` covers and the term's hash in
   * the bits above (those the cell position does not already give): a probe rejects another
   * term without reading the hashes or terms arrays, each a likely cache miss. Kept at most half
   * full, so probes stay short and slot + 1 always fits under the mask; below 2^30, a small integer.
   */
  private table: number[];
  private mask: number;

  constructor(capacity: number) {
    let cells = 16;
    while (cells < 2 * capacity) cells *= 2;
    this.table = new Array<number>(cells).fill(0);
    this.mask = cells - 1;
  }

  get size(): number { return this.terms.length; }

  hashAt(slot: number): number { return this.hashes[slot]; }

  /** The term's slot, or -1. `h` must be hashTerm(term). */
  find(term: string, h: number): number {
    const table = this.table;
    const mask = this.mask;
    const high = h & ~mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const cell = table[i];
      if (cell === 0) return -1;
      if ((cell & ~mask) === high) {
        const s = (cell & mask) - 1;
        if (this.terms[s] === term) return s;
      }
    }
  }

  /** Opens a slot for a term not present; returns it. */
  push(term: string, h: number): number {
    const s = this.terms.length;
    this.terms.push(term);
    this.hashes.push(h);
    if (2 * (s + 1) > this.table.length) this.rehash(2 * this.table.length);
    else this.place(s);
    return s;
  }

  /** Keeps the first `n` of the given slots, renumbered in that order. */
  retain(slots: readonly number[], n: number): void {
    const terms = retained.terms;
    const hashes = retained.hashes;
    for (let i = 0; i < n; i++) { terms[i] = this.terms[slots[i]]; hashes[i] = this.hashes[slots[i]]; }
    this.terms.length = n;
    this.hashes.length = n;
    for (let i = 0; i < n; i++) { this.terms[i] = terms[i]; this.hashes[i] = hashes[i]; }
    this.rehash(this.table.length);
  }

  private rehash(cells: number): void {
    if (cells !== this.table.length) { this.table = new Array<number>(cells).fill(0); this.mask = cells - 1; } else this.table.fill(0);
    for (let s = 0; s < this.terms.length; s++) this.place(s);
  }

  private place(s: number): void {
    const table = this.table;
    const mask = this.mask;
    const h = this.hashes[s];
    let i = h & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = (h & ~mask) | (s + 1);
  }
}
