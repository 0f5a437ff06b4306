import { z } from 'zod';
import { isoDateTime } from '../http/iso-date.js';

/**
 * The normalised Ticket: every source (API, PSA webhook, import, backfill) maps into this shape.
 * It is the contract the rest of the service relies on; keep it additive.
 */
const isoDate = isoDateTime.describe('ISO 8601 date-time');

/** An id or key: kept as sent (re-deliveries are matched on it), but never only spaces. */
const key = (max: number) => z.string().min(1).max(max).refine((v) => v.trim() !== '', 'must not be blank');

const ref = z.strictObject({
  id: key(200),
  name: z.string().max(500).optional(),
});

export const ticketStatus = z.enum(['open', 'in_progress', 'resolved', 'closed']);
export const noteKind = z.enum(['description', 'internal', 'resolution']);

export const noteSchema = z.strictObject({
  text: z.string().max(200_000),
  kind: noteKind.default('internal'),
  createdAt: isoDate.optional(),
});

/**
 * The ticket's fields, without the rules between fields that ticketSchema adds. A stored ticket is
 * read back through these (zod cannot extend an object that carries a refinement).
 */
export const ticketFields = z.strictObject({
  // Checked but not trimmed: it is the key re-deliveries are matched on (tenant, source, external
  // id), and a ticket already stored under " CW-1 " must keep matching the PSA's next " CW-1 ".
  // (The PSA mappers and CSV import trim ids themselves; only API and NDJSON ids arrive as sent.)
  externalId: key(200),
  source: key(100).default('api'),
  revision: key(100).optional().describe('The PSA revision or version; updatedAt is used when absent'),
  // Trimmed: a blank title would name a theme "", and surrounding spaces mean nothing in a title.
  title: z.string().trim().min(1, 'must not be blank').max(2_000),
  description: z.string().max(1_000_000).optional(),
  notes: z.array(noteSchema).max(500).optional(),
  resolution: z.string().max(200_000).optional(),
  status: ticketStatus.default('open'),
  statusName: z.string().max(200).optional(),
  priority: z.string().max(100).optional(),
  client: ref.optional(),
  contact: z.strictObject({ id: key(200), name: z.string().max(500).optional(), email: z.string().max(500).optional() }).optional(),
  device: ref.optional(),
  category: z
    .strictObject({
      board: z.string().max(200).optional(),
      type: z.string().max(200).optional(),
      subtype: z.string().max(200).optional(),
      item: z.string().max(200).optional(),
    })
    .optional(),
  createdAt: isoDate.optional(),
  updatedAt: isoDate.optional(),
  closedAt: isoDate.optional(),
  hoursSpent: z.number().min(0).max(100_000).optional(),
});

/**
 * Only stated times can be compared: an absent createdAt is filled in from updatedAt or the time
 * received. An unreadable one already has its own error, and no second one is added here.
 */
const closedNotBeforeCreated = (t: { createdAt?: string; closedAt?: string }) => {
  const [created, closed] = [Date.parse(t.createdAt ?? ''), Date.parse(t.closedAt ?? '')];
  return Number.isNaN(created) || Number.isNaN(closed) || closed >= created;
};

export const ticketSchema = ticketFields
  // A ticket closed before it was opened would count 0 h to resolve in MTTR; it is a data error.
  .refine(closedNotBeforeCreated, { path: ['closedAt'], message: 'must not be before createdAt' })
  .meta({
    id: 'Ticket',
    example: {
      externalId: 'CW-48213',
      source: 'connectwise',
      revision: '3',
      title: 'Outlook keeps asking for password',
      description: 'Since this morning Outlook prompts for the password every few minutes.',
      status: 'open',
      statusName: 'New',
      priority: 'P3',
      client: { id: 'acme', name: 'Acme Dental' },
      contact: { id: 'c-17', name: 'Dana Reyes', email: 'dana@acme.example' },
      device: { id: 'ACME-LT-042', name: 'ACME-LT-042' },
      category: { board: 'Service Desk', type: 'Email', subtype: 'Outlook' },
      createdAt: '2026-11-02T09:14:00Z',
      updatedAt: '2026-11-02T09:20:00Z',
      hoursSpent: 0.5,
    },
  });

export type TicketInput = z.input<typeof ticketSchema>;
export type Ticket = z.output<typeof ticketSchema>;
