import type { TicketInput } from '../../tickets/ticket-schema.js';
import { finishTicket, ref, statusFromName, toIso } from '../mapping.js';
import { at, isRecord, num, obj, str, type Json } from '../payload.js';
import { adfToText } from './adf-to-text.js';

/**
 * Jira Cloud issue (webhook `issue` and REST v3) to the normalised Ticket. externalId is the issue
 * key (what people search for). Status category "done" is closed unless the status word says
 * resolved. The changelog fills what a trimmed automation payload may lack: the status word and,
 * when the issue just moved to done, the close time.
 */
export function mapJiraIssue(issue: Json, changelog?: Json, eventTime?: number): { ok: true; ticket: TicketInput } | { ok: false; reason: string } {
  const f = obj(issue.fields) ?? {};
  const items = Array.isArray(changelog?.items) ? changelog.items.filter(isRecord) : [];
  const statusChange = items.find((i) => str(i.field)?.toLowerCase() === 'status');
  const statusName = str(at(f, 'status', 'name')) ?? str(statusChange?.toString);
  const done = str(at(f, 'status', 'statusCategory', 'key')) === 'done';
  const status = done && statusFromName(statusName) !== 'resolved' ? 'closed' : statusFromName(statusName);
  const justClosed = statusChange && done && eventTime ? new Date(eventTime).toISOString() : undefined;
  const comments = Array.isArray(at(f, 'comment', 'comments')) ? (at(f, 'comment', 'comments') as unknown[]).filter(isRecord) : [];
  const timespent = num(f.timespent);
  const reporter = obj(f.reporter) ?? obj(f.creator);
  return finishTicket({
    externalId: str(issue.key) ?? str(issue.id),
    source: 'jira',
    revision: str(f.updated),
    title: str(f.summary),
    description: f.description ? adfToText(f.description) || undefined : undefined,
    notes: comments.slice(0, 500).map((c) => ({ text: adfToText(c.body), kind: 'internal', createdAt: toIso(c.created) })).filter((n) => n.text),
    resolution: str(at(f, 'resolution', 'name')) ?? str(items.find((i) => i.field === 'resolution')?.toString),
    status,
    statusName,
    priority: str(at(f, 'priority', 'name')),
    client: ref(at(f, 'project', 'key'), at(f, 'project', 'name')),
    contact: reporter && str(reporter.accountId)
      ? { id: str(reporter.accountId), name: str(reporter.displayName), email: str(reporter.emailAddress) }
      : undefined,
    // customfield_10010 is JSM's request type on most cloud sites; field ids vary, so it is best effort.
    category: { board: str(at(f, 'project', 'name')), type: str(at(f, 'issuetype', 'name')), subtype: str(at(f, 'customfield_10010', 'requestType', 'name')) },
    createdAt: toIso(f.created),
    updatedAt: toIso(f.updated),
    closedAt: status === 'closed' || status === 'resolved' ? (toIso(f.resolutiondate) ?? justClosed) : undefined,
    hoursSpent: timespent !== undefined ? Math.round((timespent / 3600) * 100) / 100 : undefined,
  });
}
