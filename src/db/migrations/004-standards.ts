/** Tenants' own standards, built-in ones they switched off, and the suggestions with their history. */
export const sql = /* sql */ `
CREATE TABLE tenant_standards (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  standard jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE disabled_standards (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  standard_id text NOT NULL,
  PRIMARY KEY (tenant_id, standard_id)
);

CREATE TABLE suggestions (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  id text NOT NULL,
  key text NOT NULL,
  standard_id text,
  title text NOT NULL,
  score double precision NOT NULL,
  status text NOT NULL DEFAULT 'proposed',
  body jsonb NOT NULL,
  implemented_at timestamptz,
  scope_client_ids jsonb,
  frozen_theme_ids jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, key)
);

CREATE TABLE suggestion_events (
  tenant_id text NOT NULL,
  suggestion_id text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  from_status text NOT NULL,
  to_status text NOT NULL,
  by text,
  note text,
  implemented_at timestamptz,
  client_ids jsonb
);
CREATE INDEX suggestion_events_by_suggestion ON suggestion_events (tenant_id, suggestion_id, at);
`;
