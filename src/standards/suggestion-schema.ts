import { z } from 'zod';

/** A ranked standards suggestion, as the API returns it and storage keeps it. */
export const scorePartsSchema = z.strictObject({
  tickets: z.number().describe('Points for recurring events a year (floods count once), out of 30'),
  hours: z.number().describe('Points for engineer hours a year, out of 25'),
  clients: z.number().describe('Points for distinct clients affected, out of 15'),
  devices: z.number().describe('Points for devices affected, out of 10'),
  trend: z.number().describe('Points for the last 90 days against the 90 before, out of 10 (5 = steady)'),
  recency: z.number().describe('Points for how recently it last happened, out of 10'),
});

export const suggestionSchema = z.strictObject({
  key: z.string().describe('Stable: the standard id, or investigate:<themeId>'),
  standardId: z.string().nullable(),
  title: z.string(),
  score: z.number().min(0).max(100),
  scoreParts: scorePartsSchema,
  confidence: z.number().min(0).max(1).nullable().describe('Null for investigate suggestions: nothing was matched'),
  reasons: z.array(z.string()),
  themeIds: z.array(z.string()),
  evidence: z.strictObject({
    themes: z.array(z.strictObject({ id: z.string(), name: z.string(), ticketCount: z.number().int() })),
    exampleTicketIds: z.array(z.string()),
    clientIds: z.array(z.string()),
    tickets: z.number().int(),
    hours: z.number(),
    devices: z.number().int(),
  }),
  estimate: z.strictObject({
    ticketsPerYear: z.number().describe('Tickets a year the standard is expected to remove'),
    hoursPerYear: z.number().describe('Engineer hours a year the standard is expected to save'),
  }),
  summary: z.string(),
});

export type ScoreParts = z.infer<typeof scorePartsSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
