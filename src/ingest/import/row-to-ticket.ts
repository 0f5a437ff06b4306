import type { TicketInput } from '../../tickets/ticket-schema.js';
import { finishTicket, statusFromName, toIso } from '../mapping.js';
import { importPresets, normaliseHeader, type ImportField, type PresetName } from './presets.js';
import { ImportSetupError } from './setup-error.js';

/** Which column index feeds each field, decided once from the header row. */
export type ColumnPlan = Partial<Record<ImportField, string>>;

/**
 * Picks a column per field from the header: --map overrides first (must exist), then the preset's
 * candidates. An id and a title column are required: without a stable id a re-import would
 * duplicate every ticket, so there is deliberately no synthetic id.
 */
export function planColumns(header: string[], preset: PresetName, overrides: Partial<Record<ImportField, string>> = {}): ColumnPlan {
  const byName = new Map(header.map((h) => [normaliseHeader(h), h]));
  const plan: ColumnPlan = {};
  for (const [field, column] of Object.entries(overrides) as [ImportField, string][]) {
    const actual = byName.get(normaliseHeader(column));
    if (!actual) throw new ImportSetupError(`--map ${field}=${column}: the file has no column "${column}"`);
    plan[field] = actual;
  }
  for (const [field, candidates] of Object.entries(importPresets[preset]) as [ImportField, string[]][]) {
    plan[field] ??= candidates.map((c) => byName.get(normaliseHeader(c))).find((c) => c !== undefined);
  }
  for (const required of ['externalId', 'title'] as const) {
    if (!plan[required]) {
      const tried = importPresets[preset][required]?.join('", "') ?? '';
      throw new ImportSetupError(`no ${required} column: the ${preset} preset looks for "${tried}"; add --map ${required}=<column>`);
    }
  }
  return plan;
}

export interface RowOptions {
  source: string;
  /** How to read 03/04/2026: 'mdy' (US, the default of US-hosted PSAs) or 'dmy'. */
  dateOrder: 'mdy' | 'dmy';
}

function readDate(value: string | undefined, order: RowOptions['dateOrder']): string | undefined | Error {
  if (!value) return undefined;
  const swapped = order === 'dmy' ? value.replace(/^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})/, '$3/$1/$4') : value.replace(/^(\d{1,2})[.-](\d{1,2})[.-](\d{4})/, '$1/$2/$3');
  return toIso(swapped) ?? new Error(`cannot read date "${value.slice(0, 40)}"`);
}

export function rowToTicket(row: Record<string, string | undefined>, plan: ColumnPlan, options: RowOptions): { ticket: TicketInput } | { error: string } {
  const get = (field: ImportField) => {
    const column = plan[field];
    const v = column === undefined ? undefined : row[column]?.trim();
    return v ? v : undefined;
  };
  const dates: Record<string, string | undefined> = {};
  for (const field of ['createdAt', 'updatedAt', 'closedAt'] as const) {
    const d = readDate(get(field), options.dateOrder);
    if (d instanceof Error) return { error: `${field} (column "${plan[field]}"): ${d.message}` };
    dates[field] = d;
  }
  const hours = get('hoursSpent');
  if (hours !== undefined && !Number.isFinite(Number(hours))) return { error: `hoursSpent (column "${plan.hoursSpent}"): "${hours.slice(0, 40)}" is not a number` };
  if (!get('externalId')) return { error: `externalId: column "${plan.externalId}" is empty` };
  const statusName = get('status');
  const client = get('clientId') ?? get('client');
  const contactId = get('contactId') ?? get('contactEmail') ?? get('contact');
  const deviceId = get('deviceId') ?? get('device');
  const mapped = finishTicket({
    externalId: get('externalId'),
    source: options.source,
    revision: get('revision'),
    title: get('title'),
    description: get('description'),
    resolution: get('resolution'),
    status: statusFromName(statusName, !statusName && dates.closedAt !== undefined),
    statusName,
    priority: get('priority'),
    client: client ? { id: client, name: get('client') } : undefined,
    contact: contactId ? { id: contactId, name: get('contact'), email: get('contactEmail') } : undefined,
    device: deviceId ? { id: deviceId, name: get('device') } : undefined,
    category: { board: get('board'), type: get('type'), subtype: get('subtype'), item: get('item') },
    ...dates,
    hoursSpent: hours === undefined ? undefined : Number(hours),
  });
  return mapped.ok ? { ticket: mapped.ticket } : { error: mapped.reason };
}
