import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.js';
import { generateWebhookSecret, parseSourceConfig, webhookSecretFormat, webhookSecretOrigin, type SourceKind, type SourceSecrets } from '../ingest/index.js';
import { createSecretBox, type SecretBox } from './secret-box.js';
import type { SecretsKey } from './secrets-key.js';

/** What the API shows of a source: never a secret or credential. */
export interface SourceView {
  id: string;
  kind: SourceKind;
  name: string;
  webhookUrl: string;
  /** While a rotation's grace period lasts, the previous secret is still accepted until then. */
  previousSecretValidUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A source with its decrypted config and webhook secrets, for the webhook route and the worker. */
export interface SourceCredentials {
  id: string;
  tenantId: string;
  kind: SourceKind;
  config: Record<string, unknown>;
  secrets: SourceSecrets | null;
  updatedAt: string;
}

export class SourceInputError extends Error {}

interface Row {
  id: string;
  tenant_id: string;
  kind: SourceKind;
  name: string;
  config_enc: string | null;
  secret_enc: string | null;
  previous_secret_enc: string | null;
  previous_valid_until: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const iso = (v: Date | string) => new Date(v).toISOString();

function view(r: Row): SourceView {
  const until = r.previous_valid_until && new Date(r.previous_valid_until) > new Date() ? iso(r.previous_valid_until) : null;
  return { id: r.id, kind: r.kind, name: r.name, webhookUrl: `/webhooks/${r.kind}/${r.id}`, previousSecretValidUntil: until, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at) };
}

/**
 * Sources (PSA connections) per tenant. Config holds the API credentials; the webhook secret is
 * kept apart so a rotation can keep the previous one for a grace period. Where the PSA generates
 * the secret (Zendesk, Jira) it arrives as config.secret and is stored in both places.
 */
export function createSourceStore(db: Db, secretsKey: SecretsKey, graceMs: number) {
  let box: SecretBox | undefined;
  const sealer = () => (box ??= createSecretBox(secretsKey()));

  async function row(tenantId: string | null, id: string): Promise<Row | null> {
    const r = await db.query<Row>(`SELECT * FROM sources WHERE id = $1 AND ($2::text IS NULL OR tenant_id = $2)`, [id, tenantId]);
    return r.rows[0] ?? null;
  }

  function credentials(r: Row): SourceCredentials {
    const b = sealer();
    const config = r.config_enc ? (JSON.parse(b.open(r.config_enc, r.id)) as Record<string, unknown>) : {};
    const until = r.previous_valid_until ? new Date(r.previous_valid_until) : null;
    const secrets: SourceSecrets | null = r.secret_enc
      ? { current: b.open(r.secret_enc, r.id), ...(r.previous_secret_enc && until ? { previous: { secret: b.open(r.previous_secret_enc, r.id), validUntil: until } } : {}) }
      : null;
    return { id: r.id, tenantId: r.tenant_id, kind: r.kind, config, secrets, updatedAt: iso(r.updated_at) };
  }

  function validConfig(kind: SourceKind, config: unknown): Record<string, unknown> {
    return parseSourceConfig(kind, config) as Record<string, unknown>;
  }

  return {
    /** Creates the source; `secret` is the generated webhook secret, to be shown this once. */
    async create(tenantId: string, input: { kind: SourceKind; name: string; config: unknown }): Promise<{ source: SourceView; secret?: string }> {
      const config = validConfig(input.kind, input.config);
      const origin = webhookSecretOrigin[input.kind];
      const secret = origin === 'generated' ? generateWebhookSecret(webhookSecretFormat(input.kind)) : origin === 'caller' ? String(config.secret) : null;
      const id = randomUUID();
      const b = sealer();
      const r = await db.query<Row>(
        `INSERT INTO sources (id, tenant_id, kind, name, config_enc, secret_enc) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [id, tenantId, input.kind, input.name, b.seal(JSON.stringify(config), id), secret === null ? null : b.seal(secret, id)],
      );
      return { source: view(r.rows[0]!), ...(origin === 'generated' ? { secret: secret! } : {}) };
    },

    async list(tenantId: string): Promise<SourceView[]> {
      return (await db.query<Row>('SELECT * FROM sources WHERE tenant_id = $1 ORDER BY created_at, id', [tenantId])).rows.map(view);
    },

    async get(tenantId: string, id: string): Promise<SourceView | null> {
      const r = await row(tenantId, id);
      return r && view(r);
    },

    /**
     * Renames, merges new credentials into the config, and rotates the webhook secret: a generated
     * one on `rotateSecret`, a caller's one when config.secret changes. The previous secret stays
     * valid for the grace period. Returns the new generated secret, shown this once.
     */
    async update(
      tenantId: string,
      id: string,
      patch: { name?: string; config?: Record<string, unknown>; rotateSecret?: boolean },
    ): Promise<{ source: SourceView; secret?: string } | null> {
      const current = await row(tenantId, id);
      if (!current) return null;
      const origin = webhookSecretOrigin[current.kind];
      if (patch.rotateSecret && origin !== 'generated') {
        throw new SourceInputError(
          origin === 'caller' ? 'this PSA generates the secret: send the new one as config.secret' : 'ConnectWise signs with its own key; there is no secret to rotate',
        );
      }
      const old = credentials(current);
      const config = patch.config ? validConfig(current.kind, { ...old.config, ...patch.config }) : old.config;
      let secret = old.secrets?.current ?? null;
      if (patch.rotateSecret) secret = generateWebhookSecret(webhookSecretFormat(current.kind));
      else if (origin === 'caller') secret = String(config.secret);
      const rotated = secret !== (old.secrets?.current ?? null);
      const b = sealer();
      const r = await db.query<Row>(
        `UPDATE sources SET name = $3, config_enc = $4, secret_enc = $5,
           previous_secret_enc = CASE WHEN $6 THEN $7 ELSE previous_secret_enc END,
           previous_valid_until = CASE WHEN $6 THEN now() + ($8 || ' milliseconds')::interval ELSE previous_valid_until END,
           updated_at = now()
         WHERE id = $1 AND tenant_id = $2 RETURNING *`,
        [
          id,
          tenantId,
          patch.name ?? current.name,
          b.seal(JSON.stringify(config), id),
          secret === null ? null : b.seal(secret, id),
          rotated,
          current.secret_enc,
          String(graceMs),
        ],
      );
      if (!r.rows[0]) return null;
      return { source: view(r.rows[0]), ...(patch.rotateSecret ? { secret: secret! } : {}) };
    },

    async delete(tenantId: string, id: string): Promise<boolean> {
      return (await db.query('DELETE FROM sources WHERE id = $1 AND tenant_id = $2', [id, tenantId])).rowCount > 0;
    },

    /** Decrypted credentials; tenantId null for the webhook route (the source id alone names it). */
    async credentials(tenantId: string | null, id: string): Promise<SourceCredentials | null> {
      const r = await row(tenantId, id);
      return r && credentials(r);
    },
  };
}

export type SourceStore = ReturnType<typeof createSourceStore>;
