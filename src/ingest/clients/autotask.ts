import type { TicketInput } from '../../tickets/ticket-schema.js';
import { TicketMappingError, VendorApiError } from '../errors.js';
import { at, isRecord, obj, str, type Json } from '../payload.js';
import type { SourceConfig } from '../source-kinds.js';
import type { ClientDeps, FetchBackRef, SkippedRecord, VendorClient } from '../types.js';
import { mapAutotaskTicket, type Picklists } from '../vendors/autotask-map.js';
import { requestJson, type HttpContext } from './http.js';

/**
 * Autotask REST (atservicesrest/v1.0 on the account's zone host). Auth: ApiIntegrationCode,
 * UserName and Secret headers. Backfill uses GET /Tickets/query with a JSON `search` filter and
 * follows pageDetails.nextPageUrl, but only on the configured zone host (it comes from a response).
 */
const MAX_RECORDS = 200;
const LABELLED_FIELDS = ['status', 'priority', 'queueID', 'issueType', 'subIssueType'];

function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

export function createAutotaskClient(config: SourceConfig<'autotask'>, deps: ClientDeps): VendorClient {
  const base = `${config.baseUrl}/v1.0`;
  const ctx: HttpContext = { ...deps, vendor: 'autotask' };
  const headers = {
    apiintegrationcode: config.integrationCode,
    username: config.username,
    secret: config.secret,
    accept: 'application/json',
  };
  const get = (url: string) => requestJson(ctx, url.startsWith('https://') ? url : `${base}${url}`, { headers });
  const query = (entity: string, search: object) => `${base}/${entity}/query?search=${encodeURIComponent(JSON.stringify(search))}`;
  let picklists: Promise<Picklists> | undefined;

  // Picklist labels change rarely; one call per client instance.
  function labels(): Promise<Picklists> {
    picklists ??= get('/Tickets/entityInformation/fields').then((res) => {
      const out: Picklists = {};
      const fields = Array.isArray(at(res.body, 'fields')) ? (at(res.body, 'fields') as unknown[]).filter(isRecord) : [];
      for (const f of fields) {
        const name = str(f.name);
        if (!name || !LABELLED_FIELDS.includes(name) || !Array.isArray(f.picklistValues)) continue;
        out[name] = Object.fromEntries(f.picklistValues.filter(isRecord).map((v) => [String(v.value), String(v.label)]));
      }
      return out;
    });
    return picklists;
  }

  async function ticketIdOf(ref: FetchBackRef): Promise<string | undefined> {
    if (ref.entity === 'ticket') return ref.externalId;
    if (ref.entity !== 'note') return undefined;
    if (ref.ticketExternalId) return ref.ticketExternalId;
    const note = await get(`/TicketNotes/${encodeURIComponent(ref.externalId)}`);
    return str(at(note.body, 'item', 'ticketID'));
  }

  return {
    async fetchTicket(ref) {
      const id = await ticketIdOf(ref);
      if (!id) return null;
      const res = await get(`/Tickets/${encodeURIComponent(id)}`);
      const item = obj(at(res.body, 'item'));
      if (res.status === 404 || !item) return null;
      const notes = await get(query('TicketNotes', { filter: [{ op: 'eq', field: 'ticketID', value: Number(id) }] }));
      const noteItems = Array.isArray(at(notes.body, 'items')) ? (at(notes.body, 'items') as unknown[]).filter(isRecord) : [];
      const mapped = mapAutotaskTicket(item, noteItems, await labels());
      if (!mapped.ok) throw new TicketMappingError('autotask', id, mapped.reason);
      return mapped.ticket;
    },
    async backfillPage(since, cursor) {
      // Compare origins only: Autotask spells the path ATServicesRest/V1.0 in its own links.
      if (cursor && !sameOrigin(cursor, base)) throw new VendorApiError('autotask', 0, 'nextPageUrl is not on the configured zone host');
      const url = cursor ?? query('Tickets', { MaxRecords: MAX_RECORDS, filter: [{ op: 'gte', field: 'lastActivityDate', value: since.toISOString() }] });
      const [res, picks] = await Promise.all([get(url), labels()]);
      const items: Json[] = Array.isArray(at(res.body, 'items')) ? (at(res.body, 'items') as unknown[]).filter(isRecord) : [];
      const tickets: TicketInput[] = [];
      const skipped: SkippedRecord[] = [];
      for (const item of items) {
        const mapped = mapAutotaskTicket(item, [], picks);
        if (mapped.ok) tickets.push(mapped.ticket);
        else skipped.push({ externalId: str(item.id) ?? '?', reason: mapped.reason });
      }
      return { tickets, next: str(at(res.body, 'pageDetails', 'nextPageUrl')) ?? null, skipped };
    },
  };
}
