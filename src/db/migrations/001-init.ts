/** Tenants, their API keys, PSA sources, tickets (the outbox) and the embedded driver's dead letters. */
export const sql = /* sql */ `
CREATE TABLE tenants (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  key_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE sources (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  kind text NOT NULL,
  name text NOT NULL,
  config_enc text,
  secret_enc text,
  previous_secret_enc text,
  previous_valid_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sources_tenant ON sources (tenant_id);

CREATE TABLE tickets (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  source text NOT NULL,
  external_id text NOT NULL,
  revision text,
  version_rank double precision,
  content_hash text NOT NULL,
  title text NOT NULL,
  description text,
  notes jsonb,
  resolution text,
  status text NOT NULL,
  status_name text,
  priority text,
  client_id text,
  client_name text,
  contact_id text,
  contact_name text,
  contact_email text,
  device_id text,
  device_name text,
  category jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz,
  closed_at timestamptz,
  hours_spent double precision,
  raw jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  needs_fetch jsonb,
  processing_state text NOT NULL DEFAULT 'pending',
  processing_error text,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  processed_at timestamptz,
  process_count integer NOT NULL DEFAULT 0,
  theme_id text,
  clean_title text,
  clean_text text,
  UNIQUE (tenant_id, source, external_id)
);
CREATE INDEX tickets_pending ON tickets (tenant_id, seq) WHERE processing_state = 'pending';
CREATE INDEX tickets_tenant_created ON tickets (tenant_id, created_at);

CREATE TABLE failed_jobs (
  id text PRIMARY KEY,
  name text NOT NULL,
  tenant_id text,
  data jsonb NOT NULL,
  error text NOT NULL,
  attempts integer NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
`;
