import type { TicketInput } from '../../tickets/ticket-schema.js';
import { TicketMappingError } from '../errors.js';
import { at, isRecord, obj, str, type Json } from '../payload.js';
import type { SourceConfig } from '../source-kinds.js';
import type { ClientDeps, SkippedRecord, VendorClient } from '../types.js';
import { mapZendeskTicket } from '../vendors/zendesk-map.js';
import { basicAuth, requestJson, type HttpContext } from './http.js';

/**
 * Zendesk Support REST. Auth: Basic "{email}/token:{apiToken}". Backfill uses the cursor-based
 * incremental ticket export (10 requests/minute, hence the 429 + Retry-After handling), starting
 * from start_time and following after_cursor until end_of_stream. Deleted tickets are skipped.
 */
export function createZendeskClient(config: SourceConfig<'zendesk'>, deps: ClientDeps): VendorClient {
  const base = `https://${config.subdomain}.zendesk.com/api/v2`;
  const ctx: HttpContext = { ...deps, vendor: 'zendesk' };
  const headers = { authorization: basicAuth(`${config.email}/token`, config.apiToken), accept: 'application/json' };
  const get = (path: string) => requestJson(ctx, `${base}${path}`, { headers });

  return {
    async fetchTicket(ref) {
      if (ref.entity !== 'ticket') return null;
      const id = encodeURIComponent(ref.externalId);
      const res = await get(`/tickets/${id}.json`);
      const ticket = obj(at(res.body, 'ticket'));
      if (res.status === 404 || !ticket) return null;
      const comments = await get(`/tickets/${id}/comments.json`);
      const list = Array.isArray(at(comments.body, 'comments')) ? (at(comments.body, 'comments') as unknown[]).filter(isRecord) : [];
      const mapped = mapZendeskTicket(ticket, list);
      if (!mapped.ok) throw new TicketMappingError('zendesk', ref.externalId, mapped.reason);
      return mapped.ticket;
    },
    async backfillPage(since, cursor) {
      const query = cursor ? `cursor=${encodeURIComponent(cursor)}` : `start_time=${Math.floor(since.getTime() / 1000)}`;
      const res = await get(`/incremental/tickets/cursor.json?${query}`);
      const rows: Json[] = Array.isArray(at(res.body, 'tickets')) ? (at(res.body, 'tickets') as unknown[]).filter(isRecord) : [];
      const tickets: TicketInput[] = [];
      const skipped: SkippedRecord[] = [];
      for (const row of rows) {
        if (row.status === 'deleted') continue;
        const mapped = mapZendeskTicket(row);
        if (mapped.ok) tickets.push(mapped.ticket);
        else skipped.push({ externalId: str(row.id) ?? '?', reason: mapped.reason });
      }
      const done = at(res.body, 'end_of_stream') === true;
      return { tickets, next: done ? null : (str(at(res.body, 'after_cursor')) ?? null), skipped };
    },
  };
}
