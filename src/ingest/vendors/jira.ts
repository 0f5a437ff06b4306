import { WebhookAuthError, WebhookPayloadError } from '../errors.js';
import { isRecord, num, obj, parseJsonBody, str } from '../payload.js';
import { hmac, matchesAnySecret, requireHeader } from '../secrets.js';
import type { ReceivedDelivery, WebhookReceiver } from '../types.js';
import { mapJiraIssue } from './jira-map.js';

/**
 * Jira Cloud admin webhooks with a secret: X-Hub-Signature = "sha256=" + hex HMAC-SHA256(secret, raw
 * body) (WebSub style). No timestamp is signed; X-Atlassian-Webhook-Identifier is stable across
 * retries and is the dedup key. Issue events carry the full issue, so they map directly; comment
 * events (and any issue event whose issue lacks fields) carry a trimmed issue, so they fetch it back.
 */
export const jiraReceiver: WebhookReceiver = {
  kind: 'jira',
  async verify(req, secrets) {
    const header = requireHeader(req, 'x-hub-signature');
    const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
    if (!match) throw new WebhookAuthError('x-hub-signature is not sha256=<hex>');
    const ok = matchesAnySecret(secrets, req.now, (s) => hmac('sha256', s, req.rawBody).toString('hex'), match[1]!.toLowerCase());
    if (!ok) throw new WebhookAuthError('signature mismatch');
  },
  parse(req) {
    const body = parseJsonBody(req.rawBody);
    if (!isRecord(body)) throw new WebhookPayloadError('body is not a Jira webhook');
    const event = str(body.webhookEvent) ?? '';
    const issue = obj(body.issue);
    const delivery: ReceivedDelivery = { deliveryId: req.headers['x-atlassian-webhook-identifier'] ?? null, tickets: [], fetchBack: [], deleted: [] };
    if (!issue) return delivery; // project/user/worklog events without an issue
    const key = str(issue.key) ?? str(issue.id);
    if (!key) throw new WebhookPayloadError('issue has no key');
    if (event === 'jira:issue_deleted') delivery.deleted.push(key);
    else if (event.startsWith('jira:issue_') && str(obj(issue.fields)?.summary)) {
      const mapped = mapJiraIssue(issue, obj(body.changelog), num(body.timestamp));
      if (!mapped.ok) throw new WebhookPayloadError(mapped.reason);
      delivery.tickets.push(mapped.ticket);
    } else if (event.startsWith('jira:issue_') || event.startsWith('comment_')) {
      delivery.fetchBack.push({ entity: 'ticket', externalId: key });
    }
    return delivery;
  },
};
