import { VendorApiError } from '../errors.js';
import type { ClientDeps } from '../types.js';

/**
 * One JSON request with the retry rules every vendor client shares: 429/502/503/504 and network
 * errors are retried, honouring Retry-After (seconds or HTTP date) and otherwise backing off
 * exponentially; other 4xx/5xx fail at once. 404 is returned (callers treat it as "gone"), not thrown.
 * Redirects are refused so credentials are never replayed to another host.
 */
export interface HttpContext extends ClientDeps {
  vendor: string;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
}

export interface JsonResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

const RETRYABLE = new Set([429, 502, 503, 504]);

export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export async function requestJson(ctx: HttpContext, url: string, init: RequestInit = {}): Promise<JsonResponse> {
  const sleep = ctx.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = ctx.maxAttempts ?? 5;
  const base = ctx.baseDelayMs ?? 1_000;
  const cap = ctx.maxDelayMs ?? 120_000;
  for (let attempt = 1; ; attempt++) {
    const backoff = Math.min(cap, base * 2 ** (attempt - 1));
    let res: Response;
    try {
      res = await ctx.fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(ctx.timeoutMs ?? 30_000) });
    } catch (err) {
      if (attempt >= maxAttempts) throw new VendorApiError(ctx.vendor, 0, `network error: ${(err as Error).message}`);
      await sleep(backoff);
      continue;
    }
    if (RETRYABLE.has(res.status) && attempt < maxAttempts) {
      await res.body?.cancel();
      await sleep(Math.min(cap, retryAfterMs(res.headers.get('retry-after')) ?? backoff));
      continue;
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return { status: 404, body: null, headers: res.headers };
    }
    if (!res.ok) {
      await res.body?.cancel();
      // The status only: vendor error bodies can echo ticket data or credentials.
      throw new VendorApiError(ctx.vendor, res.status, `${init.method ?? 'GET'} ${new URL(url).pathname} returned ${res.status}`);
    }
    const text = await res.text();
    try {
      return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    } catch {
      throw new VendorApiError(ctx.vendor, res.status, `${new URL(url).pathname} returned invalid JSON`);
    }
  }
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}
