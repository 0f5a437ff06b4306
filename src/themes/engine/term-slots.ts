/**
 * A centroid's terms and the slot each sits in. Lookups are the engine's innermost operation
 * (every similarity is a few dozen of them), so instead of a Map keyed by string this is an
 * open-addressing table in typed arrays, keyed by a hash the caller usually has already
 * (vectors carry their terms' hashes): no string hashing or pointer chasing per lookup.
 */

/** FNV-1a over UTF-16 code units: cheap, and terms are short. */
export function hashTerm(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Shared scratch for retain (single-threaded, never held across calls). */
const scratch = { terms: [] as string[], hashes: new Int32Array(256) };

export class TermSlots {
  /** Terms by slot. */
  readonly terms: string[] = [];
  private hashes: Int32Array;
  /** Slot + 1 per cell, 0 when empty; kept at most half full so probes stay short. */
  private table: Int32Array;
  private mask: number;

  constructor(capacity: number) {
    this.hashes = new Int32Array(capacity);
    let cells = 16;
    while (cells < 2 * capacity) cells *= 2;
    this.table = new Int32Array(cells);
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
    if (s >= this.hashes.length) { const grown = new Int32Array(2 * this.hashes.length); grown.set(this.hashes); this.hashes = grown; }
    this.terms.push(term);
    this.hashes[s] = h;
    if (2 * (s + 1) > this.table.length) this.rehash(2 * this.table.length);
    else this.place(s);
    return s;
  }

  /** Keeps the given slots, renumbered in that order. */
  retain(slots: readonly number[]): void {
    const n = slots.length;
    if (scratch.hashes.length < n) scratch.hashes = new Int32Array(2 * n);
    const st = scratch.terms;
    const sh = scratch.hashes;
    st.length = n;
    for (let i = 0; i < n; i++) { st[i] = this.terms[slots[i]]; sh[i] = this.hashes[slots[i]]; }
    this.terms.length = n;
    for (let i = 0; i < n; i++) { this.terms[i] = st[i]; this.hashes[i] = sh[i]; }
    st.length = 0;
    this.rehash(this.table.length);
  }

  private rehash(cells: number): void {
    if (cells !== this.table.length) { this.table = new Int32Array(cells); this.mask = cells - 1; } else this.table.fill(0);
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
