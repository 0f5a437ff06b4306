/**
 * A centroid's terms and the slot each sits in. Lookups are the engine's innermost operation
 * (every similarity is a few dozen of them), so instead of a Map keyed by string this is an
 * open-addressing table keyed by a hash the caller usually has already (vectors carry their
 * terms' hashes): no string hashing or pointer chasing per lookup. The arrays are plain arrays
 * of small integers, not typed arrays: thousands of themes are built per consolidation, and a
 * typed array of this size costs a separate allocation outside the heap.
 */

/** FNV-1a over UTF-16 code units, cut to 30 bits so it is always a small integer. */
export function hashTerm(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

export class TermSlots {
  /** Terms by slot, and their hashes. */
  readonly terms: string[] = [];
  private readonly hashes: number[] = [];
  /** Slot + 1 per cell, 0 when empty; kept at most half full so probes stay short. */
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
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = table[i] - 1;
      if (s < 0) return -1;
      if (this.hashes[s] === h && this.terms[s] === term) return s;
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

  /** Keeps the given slots, renumbered in that order. */
  retain(slots: readonly number[]): void {
    const n = slots.length;
    const terms = slots.map((s) => this.terms[s]);
    const hashes = slots.map((s) => this.hashes[s]);
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
    let i = this.hashes[s] & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = s + 1;
  }
}
