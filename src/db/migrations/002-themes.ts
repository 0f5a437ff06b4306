/** Theme engine state per tenant, the themes themselves, and each ticket's prepared features. */
export const sql = /* sql */ `
CREATE TABLE engine_state (
  tenant_id text PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
  snapshot jsonb NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  changed_since_consolidation integer NOT NULL DEFAULT 0,
  consolidated_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE themes (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  name_override text,
  pinned boolean NOT NULL DEFAULT false,
  terms jsonb NOT NULL DEFAULT '[]',
  error_codes jsonb NOT NULL DEFAULT '[]',
  template text,
  kind text NOT NULL,
  size integer NOT NULL DEFAULT 0,
  central_ticket_id text,
  retired_into text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

ALTER TABLE tickets ADD COLUMN features jsonb;
ALTER TABLE tickets ADD COLUMN theme_locked boolean NOT NULL DEFAULT false;
CREATE INDEX tickets_theme ON tickets (tenant_id, theme_id, created_at);
`;
