/**
 * Default engine settings, each justified by principle or by measurement that should carry to
 * other ticket sets (see the numbers in the closing note of issue #3).
 */
import type { EngineConfig } from './types.js';

export const defaultEngineConfig: EngineConfig = {
  // TF-IDF cosine: the prototype found the useful band narrow (0.10-0.20); low keeps themes broad
  // enough to recur, and users raise it for finer themes.
  similarity: 0.15,
  // Off: sentence embeddings cost about 33 ms a ticket here, some 300 times the rest of the engine,
  // and did not make themes better on gl-tickets (see the README's Theme engine section).
  embeddings: false,
  // Drain's published default similarity threshold for log templates.
  templateSimilarity: 0.5,
};

/** The join threshold when embeddings are mixed in and none was set (the prototype's tau 0.30). */
export const EMBEDDINGS_SIMILARITY = 0.3;
