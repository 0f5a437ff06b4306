import type { TicketInput } from '../../tickets/ticket-schema.js';
import { TicketMappingError } from '../errors.js';
import { isRecord, str, type Json } from '../payload.js';
import type { SourceConfig } from '../source-kinds.js';
import type { ClientDeps, FetchBackRef, SkippedRecord, VendorClient } from '../types.js';
import { mapConnectWiseTicket } from '../vendors/connectwise-map.js';
import { basicAuth, requestJson, type HttpContext } from './http.js';

/**
 * ConnectWise PSA REST (v4_6_release/apis/3.0). Auth: Basic "companyId+publicKey:privateKey" plus
 * the developer clientId header. Paging: page/pageSize; the Link header's rel="next" when sent,
 * otherwise a full page means there may be more. Description and resolution live in notes, so each
 * ticket costs three calls (ticket, notes, configurations).
 */
const PAGE_SIZE = 100;

export function createConnectWiseClient(config: SourceConfig<'connectwise'>, deps: ClientDeps): VendorClient {
  const base = `https://${config.site}/v4_6_release/apis/3.0`;
  const ctx: HttpContext = { ...deps, vendor: 'connectwise' };
  const headers = {
    authorization: basicAuth(`${config.companyId}+${config.publicKey}`, config.privateKey),
    clientid: config.clientId,
    accept: 'application/json',
  };
  const get = (path: string) => requestJson(ctx, `${base}${path}`, { headers });
  const list = async (path: string): Promise<Json[]> => {
    const res = await get(path);
    return Array.isArray(res.body) ? res.body.filter(isRecord) : [];
  };

  async function full(ticket: Json): Promise<{ ok: true; ticket: TicketInput } | { ok: false; reason: string }> {
    const id = encodeURIComponent(String(ticket.id));
    const [notes, configurations] = await Promise.all([
      list(`/service/tickets/${id}/notes?pageSize=1000&orderBy=id%20asc`),
      list(`/service/tickets/${id}/configurations?pageSize=10`),
    ]);
    return mapConnectWiseTicket(ticket, notes, configurations);
  }

  return {
    async fetchTicket(ref: FetchBackRef) {
      const ticketId = ref.entity === 'ticket' ? ref.externalId : ref.entity === 'note' ? ref.ticketExternalId : undefined;
      if (!ticketId) return null; // a configuration change is not a ticket change
      const res = await get(`/service/tickets/${encodeURIComponent(ticketId)}`);
      if (res.status === 404 || !isRecord(res.body)) return null;
      const mapped = await full(res.body);
      if (!mapped.ok) throw new TicketMappingError('connectwise', ticketId, mapped.reason);
      return mapped.ticket;
    },
    async backfillPage(since, cursor) {
      const page = cursor ? Number(cursor) : 1;
      const conditions = encodeURIComponent(`lastUpdated >= [${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}]`);
      const res = await get(`/service/tickets?conditions=${conditions}&orderBy=id%20asc&page=${page}&pageSize=${PAGE_SIZE}`);
      const rows = Array.isArray(res.body) ? res.body.filter(isRecord) : [];
      const tickets: TicketInput[] = [];
      const skipped: SkippedRecord[] = [];
      for (const row of rows) {
        const mapped = await full(row);
        if (mapped.ok) tickets.push(mapped.ticket);
        else skipped.push({ externalId: str(row.id) ?? '?', reason: mapped.reason });
      }
      const link = res.headers.get('link');
      const hasNext = link ? /rel="?next"?/.test(link) : rows.length === PAGE_SIZE;
      return { tickets, next: hasNext ? String(page + 1) : null, skipped };
    },
  };
}
