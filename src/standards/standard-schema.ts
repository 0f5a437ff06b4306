import { z } from 'zod';

/**
 * A standard is a configuration baseline that stops a recurring cause of tickets.
 * The same schema validates the shipped catalogue and the standards tenants add through the API,
 * so a tenant's standard is matched and ranked exactly like ours.
 */
export const standardCategory = z.enum([
  'identity-access',
  'endpoints',
  'patching',
  'm365-email',
  'network',
  'printing',
  'backup-recovery',
  'security',
  'people-processes',
  'line-of-business',
  'monitoring',
]);

const kebabId = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single hyphens)');

const phrase = z.string().trim().min(2).max(120);

export const evidenceSchema = z.strictObject({
  /** Words and phrases in their plain surface form ("password expired", "Kennwort abgelaufen"). */
  terms: z.array(phrase).min(1).max(200),
  /** Error codes and event ids as users and logs write them ("0x80070070", "event id 4740"). */
  errorCodes: z.array(phrase).max(100).default([]),
  /** Fragments of machine-generated alert text (RMM, backup, monitoring). */
  templates: z.array(phrase).max(100).default([]),
  /** PSA category words (board, type, subtype, item) that point here. */
  categories: z.array(phrase).max(50).default([]),
});

export const standardSchema = z.strictObject({
  id: kebabId,
  title: z.string().trim().min(5).max(160),
  category: standardCategory,
  /** The problem it prevents, in one or two sentences an engineer would write. */
  prevents: z.string().trim().min(20).max(1_000),
  evidence: evidenceSchema,
  implementation: z.array(z.string().trim().min(10).max(500)).min(1).max(30),
  verification: z.array(z.string().trim().min(10).max(500)).min(1).max(20),
  effortHours: z.number().positive().max(2_000),
  /**
   * Share of the matched themes' tickets the standard is expected to remove once adopted (0..1).
   * Optional: suggestions fall back to DEFAULT_EXPECTED_REDUCTION when absent.
   */
  expectedReduction: z.number().min(0).max(1).optional(),
});

export type Standard = z.output<typeof standardSchema>;
export type StandardInput = z.input<typeof standardSchema>;
export type StandardCategory = z.infer<typeof standardCategory>;
