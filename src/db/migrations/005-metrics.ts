/**
 * Recurrence rollups for dashboards. Each ticket carries two flags computed when it is processed
 * (recurring: its theme had a ticket in the 30 days before; repeat: its device or contact did),
 * and metric_rollups holds one row per tenant × day × dimension value, so a dashboard request
 * sums a few hundred or thousand rows instead of scanning tickets.
 */
export const sql = /* sql */ `
ALTER TABLE tickets ADD COLUMN recurring boolean;
ALTER TABLE tickets ADD COLUMN is_repeat boolean;
CREATE INDEX tickets_device_created ON tickets (tenant_id, device_id, created_at) WHERE device_id IS NOT NULL;
CREATE INDEX tickets_contact_created ON tickets (tenant_id, contact_id, created_at) WHERE contact_id IS NOT NULL;

CREATE TABLE metric_rollups (
  tenant_id text NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
  dim text NOT NULL,
  day date NOT NULL,
  key text NOT NULL,
  label text,
  tickets integer NOT NULL,
  recurring integer NOT NULL,
  repeats integer NOT NULL,
  hours double precision NOT NULL,
  resolved integer NOT NULL,
  resolve_hours double precision NOT NULL,
  PRIMARY KEY (tenant_id, dim, day, key)
);
`;
