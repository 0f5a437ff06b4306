/**
 * Sentence embeddings as the engine keeps them. A ticket's embedding is unit-normalised and
 * stored with its prepared features as 8-bit integers in base64 (a 512-dimension vector is 684
 * characters instead of about 5 KB of JSON numbers; cosines move by under 0.01). A theme keeps the
 * sum of its members' embeddings, like its TF-IDF centroid.
 *
 * Similarity with embeddings on is a mix: (1 - EMBEDDING_WEIGHT) x TF-IDF cosine +
 * EMBEDDING_WEIGHT x embedding cosine, the mix the prototype measured (see the eval README).
 * Candidates are still found through the TF-IDF index: embeddings re-rank, they never search.
 */
import type { PreparedTicket } from './types.js';

export const EMBEDDING_WEIGHT = 0.3;
const SCALE = 127;

/** Quantises a vector (any length, any norm) to the stored form; null for a zero vector. */
export function encodeEmbedding(v: ArrayLike<number>): string | null {
  let n2 = 0;
  for (let i = 0; i < v.length; i++) n2 += v[i] * v[i];
  if (n2 === 0) return null;
  const inv = 1 / Math.sqrt(n2);
  const q = new Int8Array(v.length);
  for (let i = 0; i < v.length; i++) q[i] = Math.max(-SCALE, Math.min(SCALE, Math.round(v[i] * inv * SCALE)));
  return Buffer.from(q.buffer).toString('base64');
}

const decoded = new WeakMap<PreparedTicket, Float64Array | null>();

/** The ticket's embedding as a unit vector, or null if it has none (decoded once per ticket). */
export function embeddingOf(t: PreparedTicket): Float64Array | null {
  const hit = decoded.get(t);
  if (hit !== undefined) return hit;
  let out: Float64Array | null = null;
  if (t.embedding) {
    const bytes = Buffer.from(t.embedding, 'base64');
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    out = new Float64Array(q.length);
    let n2 = 0;
    for (let i = 0; i < q.length; i++) { out[i] = q[i]; n2 += q[i] * q[i]; }
    const inv = n2 > 0 ? 1 / Math.sqrt(n2) : 0;
    for (let i = 0; i < q.length; i++) out[i] *= inv;
  }
  decoded.set(t, out);
  return out;
}

/** A prepared ticket carrying an embedding (prepared tickets are never changed in place). */
export function withEmbedding(t: PreparedTicket, v: ArrayLike<number>): PreparedTicket {
  return { ...t, embedding: encodeEmbedding(v) };
}

/** The text an embedding is computed from: the cleaned title and the start of the cleaned body. */
export function embeddingText(t: PreparedTicket): string {
  return `${t.cleanTitle}. ${t.cleanText.slice(0, 300)}`.trim();
}

/** Mixes a TF-IDF cosine with an embedding cosine; without an embedding cosine, TF-IDF alone. */
export function mixSimilarity(tfidf: number, embedding: number | null): number {
  return embedding === null ? tfidf : (1 - EMBEDDING_WEIGHT) * tfidf + EMBEDDING_WEIGHT * embedding;
}

export function embeddingToState(sum: Float64Array | null): string | undefined {
  return sum === null ? undefined : Buffer.from(new Float32Array(sum).buffer).toString('base64');
}

export function embeddingFromState(s: string | undefined): Float64Array | null {
  if (!s) return null;
  const bytes = Buffer.from(s, 'base64');
  return Float64Array.from(new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
}
