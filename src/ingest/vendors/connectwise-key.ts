import { WebhookAuthError } from '../errors.js';
import { isRecord, str } from '../payload.js';

/**
 * ConnectWise puts the URL of its signing key inside the (unsigned until verified) body. Fetching an
 * attacker's URL would let them choose the key (forged callbacks) and reach our network (SSRF), so
 * only https on a single-label *.myconnectwise.net host, default port, no userinfo, is fetched.
 */
const CW_HOST = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.myconnectwise\.net$/;

export function trustedKeyUrl(raw: unknown): URL {
  if (typeof raw !== 'string' || raw.length > 2_048) throw new WebhookAuthError('connectwise key_url missing');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookAuthError('connectwise key_url is not a URL');
  }
  if (url.protocol !== 'https:') throw new WebhookAuthError('connectwise key_url must be https');
  if (url.username || url.password) throw new WebhookAuthError('connectwise key_url must not carry credentials');
  if (url.port) throw new WebhookAuthError('connectwise key_url must use the default port');
  if (!CW_HOST.test(url.hostname)) throw new WebhookAuthError('connectwise key_url host is not *.myconnectwise.net');
  return url;
}

export interface KeyCache {
  get(url: string, now: number): string | undefined;
  set(url: string, key: string, now: number): void;
  delete(url: string): void;
}

/** Brief in-memory cache: one key fetch per key URL per few minutes instead of one per callback. */
export function createKeyCache(ttlMs = 5 * 60_000, maxEntries = 500): KeyCache {
  const entries = new Map<string, { key: string; expires: number }>();
  return {
    get(url, now) {
      const hit = entries.get(url);
      if (hit && hit.expires > now) return hit.key;
      entries.delete(url);
      return undefined;
    },
    set(url, key, now) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(url, { key, expires: now + ttlMs });
    },
    delete(url) {
      entries.delete(url);
    },
  };
}

const MAX_KEY_RESPONSE_BYTES = 16_384;

export async function fetchSigningKey(url: URL, doFetch: typeof fetch, clientId?: string): Promise<string> {
  let res: Response;
  try {
    // No redirects: a redirect would leave the allow-listed host.
    const headers: Record<string, string> = { accept: 'application/json', ...(clientId ? { clientId } : {}) };
    res = await doFetch(url, { redirect: 'error', signal: AbortSignal.timeout(5_000), headers });
  } catch {
    throw new WebhookAuthError('connectwise signing key fetch failed');
  }
  if (!res.ok) throw new WebhookAuthError(`connectwise signing key fetch returned ${res.status}`);
  const text = await res.text();
  if (text.length > MAX_KEY_RESPONSE_BYTES) throw new WebhookAuthError('connectwise signing key response too large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new WebhookAuthError('connectwise signing key response is not JSON');
  }
  const key = isRecord(body) ? str(body.signing_key) : undefined;
  if (!key) throw new WebhookAuthError('connectwise signing key response has no signing_key');
  return key;
}
