/** Similarities between centroids and between a ticket and a centroid it may belong to. */
import { mixSimilarity } from './embedding.js';
import type { Theme } from './theme.js';
import type { SparseVector } from './vectorize.js';

export function centroidCosine(a: Theme, b: Theme): number {
  if (a.norm2 === 0 || b.norm2 === 0) return 0;
  const [small, large] = a.termCount <= b.termCount ? [a, b] : [b, a];
  return small.centroidDot(large) / Math.sqrt(a.norm2 * b.norm2);
}

/** Theme-to-theme similarity: centroid cosine, mixed with the embeddings' when both themes have them. */
export function themeSimilarity(a: Theme, b: Theme): number {
  return mixSimilarity(centroidCosine(a, b), a.embeddingCosine(b));
}

/** Similarity to the theme without the ticket itself, so a member is judged like an outsider. */
export function leaveOneOutSimilarity(theme: Theme, v: SparseVector): number {
  const dot = theme.dot(v);
  const rest2 = theme.norm2 - 2 * dot + 1;
  if (theme.size <= 1 || rest2 <= 1e-9) return 0;
  return (dot - 1) / Math.sqrt(rest2);
}

/** As leaveOneOutSimilarity, mixed with the embeddings' when the ticket and theme have them. */
export function memberSimilarity(theme: Theme, v: SparseVector, e: Float64Array | null): number {
  return mixSimilarity(leaveOneOutSimilarity(theme, v), theme.embeddingSimilarityWithout(e));
}
