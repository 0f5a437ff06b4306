import { WebhookPayloadError } from '../errors.js';
import { finishTicket, ref, statusFromName, toIso } from '../mapping.js';
import { isRecord, obj, parseJsonBody, str } from '../payload.js';
import type { WebhookReceiver } from '../types.js';
import { verifySecretHeader } from './shared-secret.js';

/**
 * ServiceNow has no ticket webhook: an async Business Rule on `incident` posts JSON with
 * RESTMessageV2. The script builds the body with JSON.stringify (so text is escaped properly) and
 * reads the secret from a system property, never from the script. Reference fields are sent as
 * { value: sys_id, display: name }. State codes 6/7/8 are Resolved/Closed/Canceled.
 */
export const SERVICENOW_BUSINESS_RULE_SCRIPT = `(function executeRule(current, previous) {
  function refField(name) {
    return { value: current.getValue(name), display: current.getDisplayValue(name) };
  }
  var body = {
    operation: current.operation(),
    sys_id: current.getValue('sys_id'),
    number: current.getValue('number'),
    short_description: current.getValue('short_description'),
    description: current.getValue('description'),
    state: current.getValue('state'),
    state_name: current.getDisplayValue('state'),
    priority: current.getDisplayValue('priority'),
    category: current.getValue('category'),
    subcategory: current.getValue('subcategory'),
    assignment_group: current.getDisplayValue('assignment_group'),
    company: refField('company'),
    caller_id: refField('caller_id'),
    caller_email: String(current.caller_id.email || ''),
    cmdb_ci: refField('cmdb_ci'),
    close_code: current.getValue('close_code'),
    close_notes: current.getValue('close_notes'),
    opened_at: current.getValue('opened_at'),
    sys_updated_on: current.getValue('sys_updated_on'),
    resolved_at: current.getValue('resolved_at'),
    closed_at: current.getValue('closed_at'),
    sys_mod_count: current.getValue('sys_mod_count')
  };
  var request = new sn_ws.RESTMessageV2();
  request.setEndpoint(gs.getProperty('x_recurrence.webhook_url'));
  request.setHttpMethod('POST');
  request.setRequestHeader('Content-Type', 'application/json');
  request.setRequestHeader('x-recurrence-secret', gs.getProperty('x_recurrence.webhook_secret'));
  request.setRequestBody(JSON.stringify(body));
  request.executeAsync();
})(current, previous);`;

const STATE_NAMES: Record<string, string> = { '1': 'New', '2': 'In Progress', '3': 'On Hold', '6': 'Resolved', '7': 'Closed', '8': 'Canceled' };

export const servicenowReceiver: WebhookReceiver = {
  kind: 'servicenow',
  verify: verifySecretHeader,
  parse(req) {
    const t = parseJsonBody(req.rawBody);
    if (!isRecord(t)) throw new WebhookPayloadError('body is not an incident object');
    const id = str(t.number) ?? str(t.sys_id);
    if (!id) throw new WebhookPayloadError('incident has no number');
    if (str(t.operation) === 'delete') return { deliveryId: null, tickets: [], fetchBack: [], deleted: [id] };
    const state = str(t.state);
    const statusName = str(t.state_name) ?? (state ? STATE_NAMES[state] : undefined);
    const status = state === '7' || state === '8' ? 'closed' : state === '6' ? 'resolved' : statusFromName(statusName);
    const caller = obj(t.caller_id);
    const mapped = finishTicket({
      externalId: id,
      source: 'servicenow',
      revision: str(t.sys_mod_count),
      title: str(t.short_description),
      description: str(t.description),
      resolution: [str(t.close_code), str(t.close_notes)].filter(Boolean).join(': ') || undefined,
      status,
      statusName,
      priority: str(t.priority),
      client: ref(obj(t.company)?.value, obj(t.company)?.display),
      contact: caller && str(caller.value) ? { id: str(caller.value), name: str(caller.display), email: str(t.caller_email) } : undefined,
      device: ref(obj(t.cmdb_ci)?.value, obj(t.cmdb_ci)?.display),
      category: { board: str(t.assignment_group), type: str(t.category), subtype: str(t.subcategory) },
      createdAt: toIso(t.opened_at),
      updatedAt: toIso(t.sys_updated_on),
      closedAt: status === 'closed' ? toIso(t.closed_at) ?? toIso(t.resolved_at) : status === 'resolved' ? toIso(t.resolved_at) : undefined,
    });
    if (!mapped.ok) throw new WebhookPayloadError(mapped.reason);
    return { deliveryId: null, tickets: [mapped.ticket], fetchBack: [], deleted: [] };
  },
};
