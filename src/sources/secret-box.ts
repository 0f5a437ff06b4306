import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for PSA secrets and credentials at rest. Each value gets a fresh 12-byte IV; the
 * source id is authenticated data, so a ciphertext copied onto another source's row fails to open.
 * Stored as `v1.<iv>.<tag>.<ciphertext>` (base64url), the version leaving room for a key rotation.
 */
export interface SecretBox {
  seal(plaintext: string, sourceId: string): string;
  open(sealed: string, sourceId: string): string;
}

export class SecretDecryptError extends Error {}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the secrets key must be 32 bytes');
  return {
    seal(plaintext, sourceId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(sourceId, 'utf8'));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), ct].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
    },
    open(sealed, sourceId) {
      const [version, iv, tag, ct] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || ct === undefined) throw new SecretDecryptError('stored secret has an unknown format');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(sourceId, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretDecryptError('cannot decrypt a stored PSA secret: SECRETS_KEY is not the key it was encrypted with');
      }
    },
  };
}
