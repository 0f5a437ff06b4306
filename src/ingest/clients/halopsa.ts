import type { TicketInput } from '../../tickets/ticket-schema.js';
import { TicketMappingError, VendorApiError } from '../errors.js';
import { at, isRecord, num, obj, str, type Json } from '../payload.js';
import type { SourceConfig } from '../source-kinds.js';
import type { ClientDeps, SkippedRecord, VendorClient } from '../types.js';
import { mapHaloTicket } from '../vendors/halopsa-map.js';
import { requestJson, type HttpContext } from './http.js';

/**
 * HaloPSA REST. Auth: OAuth 2.0 client credentials at {base}/auth/token (scope "all"), token cached
 * until a minute before expiry and refreshed once on a 401. Backfill pages with
 * pageinate/page_size/page_no and stops when page_no * page_size reaches record_count.
 */
const PAGE_SIZE = 100;

export function createHaloClient(config: SourceConfig<'halopsa'>, deps: ClientDeps): VendorClient {
  const ctx: HttpContext = { ...deps, vendor: 'halopsa' };
  const tenant = config.tenant ? `?tenant=${encodeURIComponent(config.tenant)}` : '';
  let token: { value: string; expires: number } | undefined;

  async function accessToken(): Promise<string> {
    if (token && token.expires > Date.now()) return token.value;
    const res = await requestJson(ctx, `${config.baseUrl}/auth/token${tenant}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: config.clientId, client_secret: config.clientSecret, scope: 'all' }).toString(),
    });
    const value = str(at(res.body, 'access_token'));
    if (!value) throw new VendorApiError('halopsa', res.status, 'token response has no access_token');
    token = { value, expires: Date.now() + ((num(at(res.body, 'expires_in')) ?? 3600) - 60) * 1000 };
    return value;
  }

  async function get(path: string) {
    const call = async () => requestJson(ctx, `${config.baseUrl}/api${path}`, { headers: { authorization: `Bearer ${await accessToken()}`, accept: 'application/json' } });
    try {
      return await call();
    } catch (err) {
      if (!(err instanceof VendorApiError) || err.status !== 401) throw err;
      token = undefined; // revoked or expired early: one fresh token, then give up
      return call();
    }
  }

  return {
    async fetchTicket(ref) {
      if (ref.entity !== 'ticket') return null;
      const res = await get(`/tickets/${encodeURIComponent(ref.externalId)}?includedetails=true`);
      const ticket = obj(res.body);
      if (res.status === 404 || !ticket) return null;
      const actions = await get(`/actions?ticket_id=${encodeURIComponent(ref.externalId)}&excludesys=true`);
      const list = Array.isArray(at(actions.body, 'actions')) ? (at(actions.body, 'actions') as unknown[]).filter(isRecord) : [];
      const mapped = mapHaloTicket(ticket, list);
      if (!mapped.ok) throw new TicketMappingError('halopsa', ref.externalId, mapped.reason);
      return mapped.ticket;
    },
    async backfillPage(since, cursor) {
      const page = cursor ? Number(cursor) : 1;
      const params = new URLSearchParams({
        pageinate: 'true',
        page_size: String(PAGE_SIZE),
        page_no: String(page),
        order: 'id',
        includedetails: 'true',
        datesearch: 'lastupdate',
        startdate: since.toISOString(),
      });
      const res = await get(`/tickets?${params}`);
      const rows: Json[] = Array.isArray(at(res.body, 'tickets')) ? (at(res.body, 'tickets') as unknown[]).filter(isRecord) : [];
      const tickets: TicketInput[] = [];
      const skipped: SkippedRecord[] = [];
      for (const row of rows) {
        const mapped = mapHaloTicket(row);
        if (mapped.ok) tickets.push(mapped.ticket);
        else skipped.push({ externalId: str(row.id) ?? '?', reason: mapped.reason });
      }
      const total = num(at(res.body, 'record_count')) ?? 0;
      return { tickets, next: rows.length > 0 && page * PAGE_SIZE < total ? String(page + 1) : null, skipped };
    },
  };
}
