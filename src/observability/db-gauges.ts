import { Gauge, type Registry } from 'prom-client';
import type { Queryable } from '../db/db.js';

export const OTHER_TENANTS = 'other';

interface TenantRow {
  tenant: string;
  tickets: number;
  recurring: number;
  themes: number;
}

/**
 * Per-tenant figures for the top N tenants by tickets in the last 30 days; the rest are summed
 * under tenant="other", so the series count stays at most N+1 whatever the number of tenants.
 */
export function topTenants(rows: TenantRow[], topN: number): TenantRow[] {
  const sorted = [...rows].sort((a, b) => b.tickets - a.tickets || a.tenant.localeCompare(b.tenant));
  const top = sorted.slice(0, topN);
  const rest = sorted.slice(topN);
  if (rest.length === 0) return top;
  const other = rest.reduce((o, r) => ({ ...o, tickets: o.tickets + r.tickets, recurring: o.recurring + r.recurring, themes: o.themes + r.themes }), {
    tenant: OTHER_TENANTS,
    tickets: 0,
    recurring: 0,
    themes: 0,
  });
  return [...top, other];
}

/**
 * Gauges read from the database when Prometheus scrapes: each is one cheap query (rollup rows of
 * the last 30 days, live themes, the pending part of the outbox), never a scan of all tickets.
 */
export function registerDbGauges(registry: Registry, db: Queryable, topN: number) {
  let scrape: Promise<TenantRow[]> | null = null;
  // The three tenant gauges share one query per scrape.
  const tenants = () =>
    (scrape ??= db
      .query<TenantRow>(
        `SELECT tn.name AS tenant, COALESCE(r.tickets, 0)::int AS tickets, COALESCE(r.recurring, 0)::int AS recurring, COALESCE(th.themes, 0)::int AS themes
         FROM tenants tn
         LEFT JOIN (SELECT tenant_id, sum(tickets) AS tickets, sum(recurring) AS recurring FROM metric_rollups
                    WHERE dim = 'all' AND day >= current_date - 30 GROUP BY tenant_id) r ON r.tenant_id = tn.id
         LEFT JOIN (SELECT tenant_id, count(*) AS themes FROM themes WHERE retired_into IS NULL GROUP BY tenant_id) th ON th.tenant_id = tn.id`,
      )
      .then((r) => topTenants(r.rows, topN))
      .finally(() => setTimeout(() => (scrape = null), 1000).unref()));

  const perTenant = (name: string, help: string, value: (r: TenantRow) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['tenant'] as const,
      registers: [registry],
      async collect() {
        try {
          const rows = await tenants();
          this.reset();
          for (const r of rows) this.set({ tenant: r.tenant }, value(r));
        } catch {
          // Database down: no values this scrape; /health/ready reports the outage.
        }
      },
    });

  perTenant('recurrence_themes', `Live themes per tenant (top ${topN} tenants by volume, the rest as tenant="${OTHER_TENANTS}")`, (r) => r.themes);
  perTenant('recurrence_tickets_last_30_days', 'Processed tickets created in the last 30 days, per tenant', (r) => r.tickets);
  perTenant('recurrence_recurring_share', 'Share of the last 30 days\u2019 tickets whose theme had a ticket in the 30 days before, per tenant', (r) =>
    r.tickets > 0 ? r.recurring / r.tickets : 0,
  );

  new Gauge({
    name: 'recurrence_queue_lag_seconds',
    help: 'Age of the oldest ticket waiting to be processed (0 when none wait)',
    registers: [registry],
    async collect() {
      try {
        const r = await db.query<{ lag: number }>(
          `SELECT COALESCE(extract(epoch FROM now() - min(received_at)), 0)::float8 AS lag FROM tickets WHERE processing_state = 'pending'`,
        );
        this.set(Math.max(0, r.rows[0].lag));
      } catch {
        // As above.
      }
    },
  });
  new Gauge({
    name: 'recurrence_tickets_pending',
    help: 'Tickets stored and waiting to be processed',
    registers: [registry],
    async collect() {
      try {
        const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE processing_state = 'pending'`);
        this.set(r.rows[0].n);
      } catch {
        // As above.
      }
    },
  });
}
