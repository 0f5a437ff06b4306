import type { Queryable } from '../db/db.js';
import { badRequest, HttpError } from '../http/errors.js';
import { assessCalm, type ClientReview } from '../standards/index.js';
import { direction } from '../metrics/direction.js';
import { listThemes } from '../themes/theme-queries.js';
import { suggestionEffect } from './suggestion-effect.js';
import { getSuggestion, listSuggestions } from './suggestion-store.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Monthly tickets of one client, and how many of them recurred: their theme (across all clients)
 * already had a ticket in the previous 30 days.
 */
async function monthly(db: Queryable, tenantId: string, clientId: string, from: Date, to: Date) {
  const r = await db.query<{ month: string; tickets: number; recurring: number }>(
    `SELECT to_char(date_trunc('month', created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*)::int AS tickets,
            (count(*) FILTER (WHERE prev IS NOT NULL AND created_at - prev <= interval '30 days'))::int AS recurring
     FROM (SELECT client_id, created_at, lag(created_at) OVER (PARTITION BY theme_id ORDER BY created_at) AS prev
           FROM tickets WHERE tenant_id = $1 AND created_at >= $3::timestamptz - interval '30 days' AND created_at < $4) t
     WHERE client_id = $2 AND created_at >= $3
     GROUP BY 1 ORDER BY 1`,
    [tenantId, clientId, from, to],
  );
  return r.rows.map((m) => ({ month: m.month, tickets: m.tickets, recurringTickets: m.recurring }));
}

/** A client's alignment review over a period: what recurred, what was proposed and adopted, and did it work. */
export async function buildClientReview(db: Queryable, tenantId: string, clientId: string, period: { from?: Date; to?: Date }): Promise<ClientReview> {
  const c = await db.query<{ name: string | null; first: Date; last: Date }>(
    'SELECT max(client_name) AS name, min(created_at) AS first, max(created_at) AS last FROM tickets WHERE tenant_id = $1 AND client_id = $2',
    [tenantId, clientId],
  );
  if (!c.rows[0] || c.rows[0].first === null) throw new HttpError(404, 'NOT_FOUND', `querystring.client: no tickets from client "${clientId}"`);
  // By default the year up to the client's last ticket; asked for a start alone, up to now.
  const to = period.to ?? (period.from ? new Date() : new Date(new Date(c.rows[0].last).getTime() + 1));
  const from = period.from ?? new Date(to.getTime() - 365 * 86_400_000);
  if (from >= to) throw badRequest('querystring.from: must be before to (without to, now)');

  const themes = await listThemes(db, tenantId, { from, to, client: clientId, minTickets: 2, sort: 'tickets' }, 8, 0);
  const suggestions = await listSuggestions(db, tenantId, { client: clientId }, 50, 0);
  const standards: ClientReview['standards'] = [];
  // Adopted and accepted standards first (they are what the review reports on), then the best proposals.
  const rank = { implemented: 0, accepted: 1, proposed: 2, rejected: 3 } as const;
  const relevant = suggestions
    .filter((s) => s.standardId !== null && s.status !== 'rejected')
    .sort((a, b) => rank[a.status] - rank[b.status] || b.score - a.score)
    .slice(0, 10);
  for (const listed of relevant) {
    const s = await getSuggestion(db, tenantId, listed.id);
    const entry: ClientReview['standards'][number] = {
      standardId: s.standardId!,
      title: s.title,
      status: s.status,
      estimate: s.estimate,
      ...(s.implementation ? { implementedAt: s.implementation.implementedAt.slice(0, 10) } : {}),
    };
    const effect = s.implementation?.clientIds.includes(clientId) ? await suggestionEffect(db, tenantId, s) : null;
    const mine = effect?.result.perClient.find((p) => p.clientId === clientId);
    if (effect && mine) {
      entry.effect = {
        verdict: mine.verdict,
        before: mine.before,
        after: mine.after,
        windowDays: effect.result.window.days,
        rateRatio: mine.rateRatio,
        sentence: effect.result.sentence,
      };
    }
    standards.push(entry);
  }
  const months = await monthly(db, tenantId, clientId, from, to);
  return {
    client: { id: clientId, name: c.rows[0].name ?? clientId },
    period: { from: day(from), to: day(to) },
    topThemes: themes.map((t) => ({
      id: t.id,
      name: t.name,
      tickets: t.ticket_count,
      hours: Math.round(t.hours * 10) / 10,
      trend: direction(t.recent, t.previous),
    })),
    standards,
    monthly: months,
    calm: assessCalm(months),
  };
}
