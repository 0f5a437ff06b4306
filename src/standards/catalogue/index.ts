import { z } from 'zod';
import { standardSchema, type Standard, type StandardInput } from '../standard-schema.js';
import { backupRecovery } from './backup-recovery.js';
import { endpointHardware } from './endpoint-hardware.js';
import { endpoints } from './endpoints.js';
import { identityAccess } from './identity-access.js';
import { lineOfBusiness } from './line-of-business.js';
import { m365Email } from './m365-email.js';
import { monitoring } from './monitoring.js';
import { network } from './network.js';
import { patching } from './patching.js';
import { peopleProcesses } from './people-processes.js';
import { printing } from './printing.js';
import { security } from './security.js';

/**
 * Bump when an entry's id, evidence or expected reduction changes: stored matches and suggestions
 * record the version they were computed with, so a re-rank knows when it is stale.
 */
export const catalogueVersion = '2026.11.1';

export const catalogueEntries: readonly StandardInput[] = [
  ...identityAccess,
  ...endpoints,
  ...endpointHardware,
  ...patching,
  ...m365Email,
  ...network,
  ...printing,
  ...backupRecovery,
  ...security,
  ...peopleProcesses,
  ...lineOfBusiness,
  ...monitoring,
];

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

/** Validates entries and rejects duplicate ids; the message names the entry and the field so a bad edit is found at once. */
export function validateStandards(entries: readonly unknown[], source = 'catalogue'): Standard[] {
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    const parsed = standardSchema.safeParse(entry);
    const label = describeEntry(entry, index);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      throw new CatalogueError(`${source} entry ${label} is invalid: ${fields.join('; ')}`);
    }
    if (seen.has(parsed.data.id)) throw new CatalogueError(`${source} entry ${label} reuses the id "${parsed.data.id}"`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

function describeEntry(entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String((entry as { id: unknown }).id) : undefined;
  return id ? `#${index} "${id}"` : `#${index}`;
}

let loaded: readonly Standard[] | undefined;

/** The shipped catalogue, validated once; the same array is returned on every call so matchers can cache on it. */
export function loadCatalogue(): readonly Standard[] {
  loaded ??= Object.freeze(validateStandards(catalogueEntries));
  return loaded;
}

/**
 * A tenant's own standard, submitted through the API: the same shape as ours, with an id that
 * must not shadow a shipped one (a tenant edits ours by adding a new entry, never by replacing it).
 */
export const customStandardSchema = standardSchema.extend({
  id: standardSchema.shape.id.refine(
    (id) => !catalogueEntries.some((entry) => entry.id === id),
    'this id belongs to a shipped standard; choose another',
  ),
});

export type CustomStandardInput = z.input<typeof customStandardSchema>;
