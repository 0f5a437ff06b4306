import { WebhookAuthError } from '../errors.js';
import { str } from '../payload.js';
import { matchesAnySecret, requireHeader } from '../secrets.js';
import type { SourceSecrets, WebhookRequest } from '../types.js';

/**
 * For PSAs whose outbound webhook cannot sign (Freshservice, Syncro, ServiceNow): the admin adds a
 * header carrying the generated secret. Weaker than an HMAC (no body integrity, no replay window),
 * which is why the service generates a long random secret and the route must be HTTPS-only.
 */
export const SECRET_HEADER = 'x-recurrence-secret';

export async function verifySecretHeader(req: WebhookRequest, secrets: SourceSecrets): Promise<void> {
  const presented = requireHeader(req, SECRET_HEADER);
  if (!matchesAnySecret(secrets, req.now, (s) => s, presented)) throw new WebhookAuthError(`${SECRET_HEADER} does not match`);
}

/** A value from an admin-designed body; a placeholder the PSA left unexpanded counts as absent. */
export function filled(v: unknown): string | undefined {
  const s = str(v);
  return s && !/^\{\{.*\}\}$/.test(s) ? s : undefined;
}
