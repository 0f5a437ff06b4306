import { describe, expect, it } from 'vitest';
import { ThemeEngine } from '../../../src/themes/engine/index.js';
import { embeddingOf, encodeEmbedding, withEmbedding } from '../../../src/themes/engine/embedding.js';
import { createEmbedder } from '../../../src/themes/embedder.js';
import { noDecisions, ticket } from './fixtures.js';

/** A unit vector pointing mostly along one axis of a small space: tickets with the same axis "mean" the same. */
function axis(i: number, dims = 8): number[] {
  return Array.from({ length: dims }, (_, k) => (k === i ? 1 : 0.05));
}

const cosine = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let dot = 0; let na = 0; let nb = 0;
  for (let i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
  return dot / Math.sqrt(na * nb);
};

describe('stored embeddings', () => {
  it('survive 8-bit storage with cosines within 0.01', () => {
    const a = Array.from({ length: 512 }, (_, i) => Math.sin(i * 0.37));
    const b = Array.from({ length: 512 }, (_, i) => Math.sin(i * 0.37) + 0.8 * Math.cos(i * 1.3));
    const ta = withEmbedding(ticket('a'), a);
    const tb = withEmbedding(ticket('b'), b);
    expect(ta.embedding!.length).toBeLessThan(700);
    expect(Math.abs(cosine(embeddingOf(ta)!, embeddingOf(tb)!) - cosine(a, b))).toBeLessThan(0.01);
    expect(encodeEmbedding([0, 0, 0])).toBeNull();
  });
});

describe('similarity with embeddings mixed in', () => {
  // Two tickets sharing only a weak word: by TF-IDF alone they stay apart.
  const first = () => ticket('Outlook keeps asking for my password', 'outlook prompts for credentials all day');
  const second = () => ticket('Teams credentials dialog at startup');

  it('joins tickets whose embeddings agree though their words barely overlap', () => {
    const engine = new ThemeEngine({ embeddings: true });
    const a = engine.assign(withEmbedding(first(), axis(0)));
    const b = engine.assign(withEmbedding(second(), axis(0)));
    expect(b).toBe(a);
  });

  it('keeps the same tickets apart when their embeddings disagree, and ignores embeddings when off', () => {
    const mixed = new ThemeEngine({ embeddings: true });
    expect(mixed.assign(withEmbedding(second(), axis(3)))).not.toBe(mixed.assign(withEmbedding(first(), axis(0))));
    const plain = new ThemeEngine();
    const a = plain.assign(withEmbedding(first(), axis(0)));
    expect(plain.assign(withEmbedding(second(), axis(0)))).not.toBe(a);
  });

  it('keeps theme embeddings in snapshots and through consolidation', () => {
    const engine = new ThemeEngine({ embeddings: true });
    const rows = [first(), second(), first(), second()].map((t) => withEmbedding(t, axis(0))).map((t) => ({ ticket: t, themeId: engine.assign(t) }));
    engine.consolidate(rows, noDecisions());
    const restored = ThemeEngine.fromSnapshot(JSON.parse(JSON.stringify(engine.toSnapshot())));
    const next = [first(), second(), ticket('Printer jam', 'paper stuck in tray 2')].map((t, i) => withEmbedding(t, axis(i === 2 ? 5 : 0)));
    expect(next.map((t) => restored.assign(t))).toEqual(next.map((t) => engine.assign(t)));
    expect(restored.themes().length).toBe(2);
  });
});

describe('the shipped sentence encoder', () => {
  it('runs offline and puts paraphrases closer than unrelated requests', async () => {
    const [paper, paraphrase, password] = await createEmbedder().embed([
      ticket('Printer is out of paper'), ticket('the printer has no paper left'), ticket('Please reset my password'),
    ]);
    const e = [paper, paraphrase, password].map((t) => embeddingOf(t)!);
    expect(e[0].length).toBe(512);
    expect(cosine(e[0], e[1])).toBeGreaterThan(cosine(e[0], e[2]) + 0.1);
  }, 60_000);
});
