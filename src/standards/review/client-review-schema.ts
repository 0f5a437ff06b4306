import { z } from 'zod';
import { DIRECTIONS } from '../../metrics/direction.js';

/**
 * A per-client alignment review: what kept coming back, which standards would stop it, which were
 * adopted and what they measurably did, and whether the client's environment is getting calmer.
 * Plain data (dates as ISO strings) so it serialises as an API response and renders without I/O.
 */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const trend = z.enum(DIRECTIONS);
const verdict = z.enum(['reduced', 'no_clear_change', 'worse', 'insufficient_data']);

export const calmVerdict = z.enum(['calmer', 'about_the_same', 'busier', 'not_enough_history']);

export const clientReviewSchema = z.strictObject({
  client: z.strictObject({ id: z.string(), name: z.string() }),
  preparedBy: z.string().optional().describe('The MSP, shown in the heading'),
  period: z.strictObject({ from: isoDay, to: isoDay }),
  topThemes: z.array(
    z.strictObject({ id: z.string(), name: z.string(), tickets: z.number().int().min(0), hours: z.number().min(0), trend }),
  ),
  standards: z.array(
    z.strictObject({
      standardId: z.string(),
      title: z.string(),
      status: z.enum(['proposed', 'accepted', 'implemented', 'rejected']),
      implementedAt: isoDay.optional(),
      estimate: z.strictObject({ ticketsPerYear: z.number(), hoursPerYear: z.number() }).optional(),
      effect: z
        .strictObject({
          verdict,
          before: z.number().int(),
          after: z.number().int(),
          windowDays: z.number().int(),
          rateRatio: z.number().nullable(),
          sentence: z.string(),
        })
        .optional(),
    }),
  ),
  monthly: z.array(
    z.strictObject({
      month: z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM'),
      tickets: z.number().int().min(0),
      recurringTickets: z.number().int().min(0).describe('Tickets in recurring themes'),
    }),
  ),
  calm: z.strictObject({ verdict: calmVerdict, sentence: z.string() }),
});

export type ClientReview = z.infer<typeof clientReviewSchema>;
export type CalmVerdict = z.infer<typeof calmVerdict>;
