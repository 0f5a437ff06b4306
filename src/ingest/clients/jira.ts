import type { TicketInput } from '../../tickets/ticket-schema.js';
import { TicketMappingError } from '../errors.js';
import { at, isRecord, obj, str, type Json } from '../payload.js';
import type { SourceConfig } from '../source-kinds.js';
import type { ClientDeps, SkippedRecord, VendorClient } from '../types.js';
import { mapJiraIssue } from '../vendors/jira-map.js';
import { basicAuth, requestJson, type HttpContext } from './http.js';

/**
 * Jira Cloud REST v3. Auth: Basic "email:apiToken". Backfill uses the enhanced search
 * /rest/api/3/search/jql with nextPageToken (the old startAt search is retired). JQL dates are
 * read in the API user's time zone, so the window starts a day early; re-reading is harmless.
 */
const FIELDS = 'summary,description,status,priority,issuetype,project,reporter,creator,created,updated,resolution,resolutiondate,timespent,comment,customfield_10010';
const DAY_MS = 86_400_000;

export function jqlDate(d: Date): string {
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

export function createJiraClient(config: SourceConfig<'jira'>, deps: ClientDeps): VendorClient {
  const ctx: HttpContext = { ...deps, vendor: 'jira' };
  const headers = { authorization: basicAuth(config.email, config.apiToken), accept: 'application/json' };
  const get = (path: string) => requestJson(ctx, `${config.siteUrl}/rest/api/3${path}`, { headers });

  return {
    async fetchTicket(ref) {
      if (ref.entity !== 'ticket') return null;
      const res = await get(`/issue/${encodeURIComponent(ref.externalId)}?fields=${FIELDS}`);
      const issue = obj(res.body);
      if (res.status === 404 || !issue) return null;
      const mapped = mapJiraIssue(issue);
      if (!mapped.ok) throw new TicketMappingError('jira', ref.externalId, mapped.reason);
      return mapped.ticket;
    },
    async backfillPage(since, cursor) {
      const filter = config.jql ? ` AND (${config.jql})` : '';
      const params = new URLSearchParams({
        jql: `updated >= "${jqlDate(new Date(since.getTime() - DAY_MS))}"${filter} ORDER BY updated ASC`,
        maxResults: '100',
        fields: FIELDS,
      });
      if (cursor) params.set('nextPageToken', cursor);
      const res = await get(`/search/jql?${params}`);
      const issues: Json[] = Array.isArray(at(res.body, 'issues')) ? (at(res.body, 'issues') as unknown[]).filter(isRecord) : [];
      const tickets: TicketInput[] = [];
      const skipped: SkippedRecord[] = [];
      for (const issue of issues) {
        const mapped = mapJiraIssue(issue);
        if (mapped.ok) tickets.push(mapped.ticket);
        else skipped.push({ externalId: str(issue.key) ?? '?', reason: mapped.reason });
      }
      // Jira omits nextPageToken on the last page (JRACLOUD-92184), so its absence also ends paging.
      const token = str(at(res.body, 'nextPageToken'));
      return { tickets, next: at(res.body, 'isLast') === true || !token ? null : token, skipped };
    },
  };
}
