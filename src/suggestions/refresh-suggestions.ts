import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.js';
import { buildSuggestions, matchTheme, type StandardMatch } from '../standards/index.js';
import { matchIndexFor, tenantStandards } from './tenant-standards.js';
import { themeEvidence } from './theme-evidence.js';

/**
 * Recomputes a tenant's suggestions from its themes. Suggestions are keyed by standard (or
 * investigate:<theme>), so a refresh updates evidence and score in place and keeps each one's
 * status and history. Proposed suggestions that no longer apply are dropped; decided ones stay.
 */
export async function refreshSuggestions(db: Db, tenantId: string): Promise<number> {
  const { standards, disabled } = await tenantStandards(db, tenantId);
  const active = standards.filter((s) => !disabled.has(s.id));
  const index = matchIndexFor(tenantId, active);
  const themes = await themeEvidence(db, tenantId);
  const matches = new Map<string, StandardMatch[]>(themes.map((t) => [t.id, matchTheme(t, index)]));
  const suggestions = buildSuggestions(themes, matches, { standards: active });

  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO suggestions (tenant_id, id, key, standard_id, title, score, body)
       SELECT $1, s.id, s.key, s.standard_id, s.title, s.score, s.body
       FROM jsonb_to_recordset($2::jsonb) AS s(id text, key text, standard_id text, title text, score float8, body jsonb)
       ON CONFLICT (tenant_id, key) DO UPDATE SET title = EXCLUDED.title, score = EXCLUDED.score, body = EXCLUDED.body, updated_at = now()`,
      [tenantId, JSON.stringify(suggestions.map((s) => ({ id: randomUUID(), key: s.key, standard_id: s.standardId, title: s.title, score: s.score, body: s })))],
    );
    await tx.query(`DELETE FROM suggestions WHERE tenant_id = $1 AND status = 'proposed' AND NOT (key = ANY($2::text[]))`, [
      tenantId,
      suggestions.map((s) => s.key),
    ]);
  });
  return suggestions.length;
}
