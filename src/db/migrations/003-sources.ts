/** PSA connectors: webhook delivery de-duplication and backfill progress (sources is in 001). */
export const sql = /* sql */ `
CREATE TABLE webhook_deliveries (
  source_id text NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  delivery_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source_id, delivery_id)
);
CREATE INDEX webhook_deliveries_age ON webhook_deliveries (source_id, received_at);

CREATE TABLE backfills (
  source_id text PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  since timestamptz NOT NULL,
  state text NOT NULL,
  pages integer NOT NULL DEFAULT 0,
  tickets integer NOT NULL DEFAULT 0,
  skipped integer NOT NULL DEFAULT 0,
  cursor text,
  error text,
  requested_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
`;
