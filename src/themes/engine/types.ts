/** The engine's public shapes: what the worker passes in and what it stores. */

/** A ticket as the engine sees it. Text is raw: the engine cleans it. */
export interface EngineInput { id: string; title: string; body: string; createdAt: number /* epoch ms */ }

/**
 * Pure, deterministic, JSON-serialisable result of cleaning and tokenising one ticket. The worker
 * stores it per ticket, so consolidation and rebuilds never re-clean.
 */
export interface PreparedTicket {
  id: string;
  createdAt: number;
  kind: 'alert' | 'human';
  cleanTitle: string;
  cleanText: string;
  /** Stemmed content terms of the title, in order (stop-words removed; mask placeholders such as <ip> kept as terms). */
  title: string[];
  /** Stemmed content terms of the body, in order, capped. */
  body: string[];
  /** Stem -> the surface word it came from, only where they differ (for readable labels). */
  forms: Record<string, string>;
  errorCodes: string[];
  /** Masked title tokens for alerts (placeholders as <*>), the template miner's input; null for humans. */
  template: string[] | null;
  /** Unit sentence embedding as base64 8-bit integers (see embedding.ts); absent when embeddings are off. */
  embedding?: string | null;
}

export interface EngineConfig {
  /** The user-facing threshold (cosine of TF-IDF vectors): higher means finer themes. */
  similarity: number;
  /**
   * Mix sentence embeddings into similarity (tickets must then carry an embedding; see
   * embedding.ts). Off by default: computing them costs far more than the rest of the engine.
   */
  embeddings: boolean;
  /** Drain: share of equal tokens for an alert to join an existing template. */
  templateSimilarity: number;
}

export interface ThemeView {
  id: string;
  name: string;
  terms: string[];
  errorCodes: string[];
  template: string | null;
  kind: 'alert' | 'human';
  size: number;
  centralTicketId: string | null;
}

export interface Decisions {
  /** Theme ids never merged away or split. */
  pinned: Set<string>;
  /** Theme id -> engineer's name (kept on relabel). */
  names: Map<string, string>;
  /** Ticket id -> theme id an engineer moved it to (kept). */
  ticketThemes: Map<string, string>;
}

/**
 * One ticket handed to consolidation with the theme it is in now. `settled`: it was already in
 * place at the last consolidation (not assigned or re-analysed since), so it moves only for a
 * much better theme; omitted, a ticket counts as new.
 */
export interface ConsolidationEntry { ticket: PreparedTicket; themeId: string; settled?: boolean }

export interface ConsolidationResult {
  /** Ticket id -> theme id, for every ticket passed in (only changed ones need writing). */
  assignments: Map<string, string>;
  /** Old theme id -> theme id it was merged into. */
  retired: Map<string, string>;
  themes: ThemeView[];
}
