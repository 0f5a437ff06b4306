import { z } from 'zod';

/** Every PSA the service connects to, and what `POST /v1/sources` accepts for each. */
export const sourceKind = z.enum([
  'connectwise',
  'autotask',
  'halopsa',
  'zendesk',
  'jira',
  'freshservice',
  'syncro',
  'servicenow',
  'standard-webhooks',
]);
export type SourceKind = z.infer<typeof sourceKind>;

/**
 * An https URL on a public host. Base URLs are fetched by the worker with the source's credentials,
 * so IP literals, localhost and plain http are refused (SSRF into our own network). DNS that
 * resolves to a private address is not caught here; the egress proxy/firewall must cover that.
 */
const publicHttpsUrl = (hostPattern?: RegExp, example?: string) =>
  z
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .refine((u) => {
      const url = new URL(u);
      // A trailing dot names the same host ("localhost." is localhost), so it is judged without it.
      const host = url.hostname.toLowerCase().replace(/\.$/, '');
      // A query or fragment would be carried into every API path built on the base URL.
      if (url.protocol !== 'https:' || url.username || url.password || url.port || url.search || url.hash) return false;
      if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return false;
      // Loopback by definition (RFC 6761), and mDNS names on the local network.
      if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return false;
      return hostPattern ? hostPattern.test(host) : host.includes('.');
    }, `must be an https URL on a public host, without a query or fragment${example ? `, e.g. ${example}` : ''}`);

const hostLabel = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/i, 'a single host label');
/** Secrets the caller copies from the PSA (Zendesk signing secret, Jira webhook secret). */
const callerSecret = z.string().min(8).max(512);

export const sourceConfigSchemas = {
  connectwise: z.strictObject({
    site: z
      .string()
      .regex(/^[a-z0-9-]+\.myconnectwise\.net$/i, 'the API host, e.g. api-na.myconnectwise.net')
      .describe('ConnectWise cloud API host'),
    companyId: z.string().min(1).max(100).describe('The company id you log in with; pins callbacks to this tenant'),
    publicKey: z.string().min(1).max(200),
    privateKey: z.string().min(1).max(200),
    clientId: z.string().min(1).max(200).describe('developer clientId from developer.connectwise.com'),
  }),
  autotask: z.strictObject({
    baseUrl: publicHttpsUrl(/^webservices\d*\.autotask\.net$/i, 'https://webservices5.autotask.net/atservicesrest').describe(
      'Zone API URL, from zoneInformation',
    ),
    username: z.string().min(1).max(200).describe('API-only user name'),
    secret: z.string().min(1).max(200).describe('API user secret'),
    integrationCode: z.string().min(1).max(200).describe('ApiIntegrationCode (tracking identifier)'),
  }),
  halopsa: z.strictObject({
    baseUrl: publicHttpsUrl(undefined, 'https://acme.halopsa.com').describe('Halo web URL; /auth and /api are under it'),
    tenant: z.string().max(100).optional().describe('Only for Halo-hosted instances that require ?tenant='),
    clientId: z.string().min(1).max(200),
    clientSecret: z.string().min(1).max(500),
  }),
  zendesk: z.strictObject({
    subdomain: hostLabel.describe('acme for acme.zendesk.com'),
    email: z.email(),
    apiToken: z.string().min(1).max(200),
    secret: callerSecret.describe('The webhook signing secret shown in Admin Center'),
  }),
  jira: z.strictObject({
    siteUrl: publicHttpsUrl(/^[a-z0-9-]+\.atlassian\.net$/i, 'https://acme.atlassian.net'),
    email: z.email(),
    apiToken: z.string().min(1).max(500),
    secret: callerSecret.describe('The secret typed into the Jira admin webhook'),
    jql: z.string().max(2_000).optional().describe('Extra JQL to restrict backfill, e.g. project = SD'),
  }),
  freshservice: z.strictObject({}),
  syncro: z.strictObject({}),
  servicenow: z.strictObject({}),
  'standard-webhooks': z.strictObject({}),
} satisfies Record<SourceKind, z.ZodType>;

export type SourceConfig<K extends SourceKind> = z.infer<(typeof sourceConfigSchemas)[K]>;

/**
 * Who creates the webhook secret. `generated`: the service generates it on POST /v1/sources and shows it
 * once for the admin to paste into the PSA. `caller`: the PSA generates it and the caller sends it as
 * `secret` in the config; store that as the webhook secret (SourceSecrets.current). `vendor-key`: none stored; ConnectWise fetches its signing key per callback.
 */
export const webhookSecretOrigin: Record<SourceKind, 'generated' | 'caller' | 'vendor-key'> = {
  connectwise: 'vendor-key',
  autotask: 'generated', // pasted as SecretKey (max 64 chars) when creating the TicketWebhook
  halopsa: 'generated', // pasted as the Basic-auth password
  zendesk: 'caller',
  jira: 'caller',
  freshservice: 'generated',
  syncro: 'generated',
  servicenow: 'generated',
  'standard-webhooks': 'generated',
};

/** The secret format each generated kind needs (see generateWebhookSecret). */
export const webhookSecretFormat = (kind: SourceKind): 'whsec' | 'token' => (kind === 'standard-webhooks' ? 'whsec' : 'token');

export function parseSourceConfig<K extends SourceKind>(kind: K, config: unknown): SourceConfig<K> {
  return sourceConfigSchemas[kind].parse(config) as SourceConfig<K>;
}
