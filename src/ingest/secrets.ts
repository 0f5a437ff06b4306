import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { WebhookAuthError } from './errors.js';
import type { SourceSecrets, WebhookRequest } from './types.js';

/**
 * Constant-time equality for signatures and tokens. Both sides are hashed first so the comparison
 * is always over 32 equal-length bytes: no early exit, no length leak, no timingSafeEqual throw.
 */
export function safeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** Secrets to try: the current one, plus the previous one while its grace period lasts. */
export function activeSecrets(secrets: SourceSecrets, now: Date): string[] {
  const list = [secrets.current];
  if (secrets.previous && now.getTime() < secrets.previous.validUntil.getTime()) list.push(secrets.previous.secret);
  return list.filter((s) => s.length > 0);
}

export function hmac(algorithm: 'sha1' | 'sha256', key: string | Buffer, ...parts: (string | Buffer)[]): Buffer {
  const mac = createHmac(algorithm, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

export function requireHeader(req: WebhookRequest, name: string): string {
  const value = req.headers[name];
  if (!value) throw new WebhookAuthError(`missing ${name} header`);
  return value;
}

/** True when `candidate` matches any active secret's expected value; every secret is tried. */
export function matchesAnySecret(secrets: SourceSecrets, now: Date, expected: (secret: string) => string | Buffer, candidate: string | Buffer): boolean {
  let ok = false;
  for (const secret of activeSecrets(secrets, now)) ok = safeEqual(expected(secret), candidate) || ok;
  return ok;
}

/** A fresh webhook secret in the form the kind expects (Standard Webhooks wants whsec_ + base64). */
export function generateWebhookSecret(format: 'whsec' | 'token'): string {
  const bytes = randomBytes(32);
  return format === 'whsec' ? `whsec_${bytes.toString('base64')}` : bytes.toString('base64url');
}
