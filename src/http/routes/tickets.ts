import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../services.js';
import { ticketFields, ticketSchema } from '../../tickets/ticket-schema.js';
import { errorSchema, notFound } from '../errors.js';

export const processingStateSchema = z.enum(['pending', 'processed', 'failed']);

const ingestBody = z
  .union([ticketSchema, z.array(ticketSchema).min(1).max(1000)])
  .describe('One normalised Ticket, or an array of 1 to 1,000');

const ingestResponse = z
  .object({
    tickets: z.array(
      z.object({
        id: z.string(),
        externalId: z.string(),
        state: processingStateSchema,
        outcome: z.enum(['created', 'updated', 'unchanged']).describe('unchanged: a re-delivery of the stored revision, an older one, or one without revision or updatedAt while the stored ticket has one'),
      }),
    ),
  })
  .meta({ id: 'IngestResult' });

// From the fields, not ticketSchema, with the id and title unchecked: the response is validated
// too, and a ticket stored before a rule existed (closed before created, a blank title) must
// still be readable, not a 500.
export const storedTicketSchema = ticketFields
  .extend({
    externalId: z.string().max(200),
    title: z.string().max(2_000),
    id: z.string(),
    themeId: z.string().nullable(),
    processing: z.object({ state: processingStateSchema, error: z.string().nullable(), attempts: z.number().int() }),
  })
  .meta({ id: 'StoredTicket' });

export const idParams = z.object({ id: z.string().min(1).max(200) });

export function ticketRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/tickets', {
      schema: {
        operationId: 'ingestTickets',
        tags: ['tickets'],
        summary: 'Store tickets; answers 202 once they are committed',
        security: [{ apiKey: [] }],
        body: ingestBody,
        response: { 202: ingestResponse, 400: errorSchema, 401: errorSchema, 413: errorSchema, 503: errorSchema },
      },
      handler: async (request, reply) => {
        const tickets = Array.isArray(request.body) ? request.body : [request.body];
        const stored = await services.ingest(request.tenant.id, tickets.map((t) => ({ ticket: t, raw: t })));
        return reply.status(202).send({ tickets: stored.map(({ id, externalId, state, outcome }) => ({ id, externalId, state, outcome })) });
      },
    });

    app.get('/tickets/:id', {
      schema: {
        operationId: 'getTicket',
        tags: ['tickets'],
        summary: 'A stored ticket with its processing state and theme',
        security: [{ apiKey: [] }],
        params: idParams,
        response: { 200: storedTicketSchema, 401: errorSchema, 404: errorSchema },
      },
      handler: async (request) => {
        const ticket = await services.tickets.get(request.tenant.id, request.params.id);
        if (!ticket) throw notFound('ticket');
        return ticket;
      },
    });
  };
}
