import { createHash, randomBytes } from 'node:crypto';

/** Keys carry 256 random bits, so a plain SHA-256 is a safe way to store them (no slow KDF needed). */
export function generateApiKey(): string {
  return `rk_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** What can be shown of a key after creation: enough to recognise it, not to use it. */
export function keyPrefix(key: string): string {
  return key.slice(0, 7);
}
