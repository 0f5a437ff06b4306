/**
 * Column names of each PSA's standard ticket export, per normalised field. The first candidate the
 * file has wins; matching ignores case and repeated spaces. Vendor exports are configurable views,
 * so these are the default column titles, and `--map field=Column` covers the rest.
 *
 * - connectwise: Service Board list view → Export (CSV).
 * - autotask: Ticket search → Export to CSV (LiveReports/Ticket views use the same titles).
 * - halo: Tickets list → Export (CSV/XLSX saved as CSV); column titles are Halo's field labels.
 * - generic: the normalised field names themselves (externalId,title,...), plus common synonyms.
 */
import { ImportSetupError } from './setup-error.js';

export const importFields = [
  'externalId',
  'title',
  'description',
  'resolution',
  'status',
  'priority',
  'clientId',
  'client',
  'contactId',
  'contact',
  'contactEmail',
  'deviceId',
  'device',
  'board',
  'type',
  'subtype',
  'item',
  'createdAt',
  'updatedAt',
  'closedAt',
  'hoursSpent',
  'revision',
] as const;
export type ImportField = (typeof importFields)[number];
export type PresetName = 'connectwise' | 'autotask' | 'halo' | 'generic';
export type ColumnCandidates = Partial<Record<ImportField, string[]>>;

export const importPresets: Record<PresetName, ColumnCandidates> = {
  connectwise: {
    externalId: ['Ticket #', 'Ticket Number', 'Ticket ID', 'ID'],
    title: ['Summary Description', 'Summary'],
    description: ['Initial Description', 'Detail Description', 'Description'],
    resolution: ['Resolution', 'Initial Resolution'],
    status: ['Status'],
    priority: ['Priority'],
    client: ['Company', 'Company Name'],
    clientId: ['Company ID'],
    contact: ['Contact', 'Contact Name'],
    contactEmail: ['Contact Email', 'Email Address'],
    device: ['Configuration', 'Configuration Item', 'Config'],
    board: ['Board'],
    type: ['Type'],
    subtype: ['Subtype', 'Sub Type'],
    item: ['Item'],
    createdAt: ['Date Entered', 'Entered', 'Created'],
    updatedAt: ['Last Update', 'Last Updated', 'Updated'],
    closedAt: ['Closed Date', 'Date Closed', 'Closed'],
    hoursSpent: ['Actual Hours', 'Hours Actual', 'Total Hours'],
  },
  autotask: {
    externalId: ['Ticket Number', 'Ticket ID', 'ID'],
    title: ['Title', 'Ticket Title'],
    description: ['Description'],
    resolution: ['Resolution'],
    status: ['Status'],
    priority: ['Priority'],
    client: ['Organization', 'Account', 'Company'],
    contact: ['Contact', 'Contact Name'],
    contactEmail: ['Contact Email'],
    device: ['Configuration Item', 'Installed Product'],
    board: ['Queue'],
    type: ['Issue Type', 'Work Type'],
    subtype: ['Sub-Issue Type', 'Sub Issue Type'],
    item: ['Ticket Category', 'Category'],
    createdAt: ['Created', 'Create Date', 'Created Date'],
    updatedAt: ['Last Activity Date', 'Last Activity', 'Last Modified'],
    closedAt: ['Complete Date', 'Completed Date', 'Completed'],
    hoursSpent: ['Total Hours Worked', 'Hours Worked', 'Worked Hours'],
  },
  halo: {
    externalId: ['Ticket ID', 'ID', 'Request ID', 'Ticket Number'],
    title: ['Summary', 'Subject'],
    description: ['Details', 'Description'],
    resolution: ['Resolution', 'Closure Note', 'Clearance Note'],
    status: ['Status'],
    priority: ['Priority'],
    client: ['Client', 'Customer', 'Client Name'],
    contact: ['User', 'End User', 'User Name'],
    contactEmail: ['User Email', 'Email'],
    device: ['Asset', 'Asset Tag', 'Assets'],
    board: ['Team'],
    type: ['Ticket Type', 'Request Type'],
    subtype: ['Category', 'Category 1'],
    item: ['Category 2', 'Sub Category'],
    createdAt: ['Date Logged', 'Date Occurred', 'Logged Date', 'Date Opened'],
    updatedAt: ['Last Update', 'Last Updated', 'Last Action Date'],
    closedAt: ['Date Closed', 'Closed Date'],
    hoursSpent: ['Time Taken', 'Total Time', 'Hours'],
  },
  generic: Object.fromEntries(importFields.map((f) => [f, [f]])) as ColumnCandidates,
};
Object.assign(importPresets.generic, {
  externalId: ['externalId', 'id', 'ticket_id', 'ticketId'],
  title: ['title', 'subject', 'summary'],
  status: ['status', 'statusName'],
});

export const normaliseHeader = (h: string) => h.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

/** Parses `title=Summary,description=Notes` (CLI --map) into overrides; unknown fields are an error. */
export function parseMapSpec(spec: string): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim() as ImportField;
    if (eq < 1 || !importFields.includes(field) || !pair.slice(eq + 1).trim()) {
      throw new ImportSetupError(`--map entry "${pair}" must be field=Column with field one of: ${importFields.join(', ')}`);
    }
    out[field] = pair.slice(eq + 1).trim();
  }
  return out;
}
