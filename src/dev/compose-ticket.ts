/** Turns a cause or noise template into one normalised ticket: text, people, device, times, status. */
import type { Ticket, TicketInput } from '../tickets/ticket-schema.js';
import type { Client, Device } from './clients.js';
import { noiseDe, noiseEn } from './noise.js';
import type { PlantedCause } from './planted-causes.js';
import { fill, type Random } from './random.js';

type Draft = Omit<TicketInput, 'externalId'>;
const HOUR_MS = 3_600_000;
const JOBS = ['Daily-VMs', 'Nightly File Server', 'SQL-Backup', 'DC-SystemState', 'Offsite Copy'];

function slots(random: Random, client: Client, device: Device) {
  const contact = random.pick(client.contacts);
  const servers = client.devices.filter((d) => d.kind === 'server');
  const printers = client.devices.filter((d) => d.kind === 'printer');
  return {
    contact,
    values: {
      user: contact.name.split(' ')[0],
      fullName: random.pick(client.contacts).name.replace(/^\S+/, random.pick(['Jamie', 'Alex', 'Nina', 'Ollie', 'Mia', 'Leon'])),
      device: device.name,
      server: random.pick(servers).name,
      printer: random.pick(printers).name,
      printerModel: 'Kyocera TASKalfa 3253ci',
      job: random.pick(JOBS),
      time: `${String(random.int(0, 5)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`,
      n: String(random.int(3, 24)),
      days: String(random.pick([30, 14, 7, 3, 1])),
      host: `${random.pick(['portal', 'mail', 'vpn', 'remote'])}.${client.domain}`,
    },
  };
}

/** Old tickets are closed; the last week still has open and in-progress work, as a live PSA does. */
function lifecycle(random: Random, createdAt: number, end: number, hours: number) {
  const recent = end - createdAt < 7 * 24 * HOUR_MS;
  const status: Ticket['status'] = recent
    ? random.pick(['open', 'in_progress', 'resolved'] as const)
    : random.chance(0.85) ? 'closed' : 'resolved';
  const done = status === 'closed' || status === 'resolved';
  const closedAt = Math.min(end - 60_000, createdAt + Math.max(hours, 0.5) * HOUR_MS + random.int(0, 48) * HOUR_MS);
  return {
    status,
    statusName: { open: 'New', in_progress: 'In Progress', resolved: 'Resolved', closed: 'Closed' }[status],
    updatedAt: new Date(done ? closedAt : createdAt + random.int(5, 120) * 60_000).toISOString(),
    closedAt: done ? new Date(closedAt).toISOString() : undefined,
    done,
  };
}

export function composeCauseTicket(random: Random, client: Client, cause: PlantedCause, day: number, end: Date, at?: number): Draft {
  const kind = cause.alert ? 'server' : cause.category.type === 'Printing' ? 'printer' : random.chance(0.75) ? 'laptop' : 'desktop';
  const device = random.pick(client.devices.filter((d) => d.kind === kind));
  const { contact, values } = slots(random, client, device);
  const german = client.language === 'de' && cause.titles.de && random.chance(0.7);
  const createdAt = at ?? day + (cause.alert ? random.int(0, 23) : random.int(7, 17)) * HOUR_MS + random.int(0, 59) * 60_000;
  const hoursSpent = random.hours(cause.typicalHours);
  const life = lifecycle(random, createdAt, end.getTime(), hoursSpent);
  return {
    source: client.source,
    title: fill(random.pick(german ? cause.titles.de! : cause.titles.en), values),
    description: fill(random.pick(german ? cause.descriptions.de! : cause.descriptions.en), values),
    resolution: life.done ? fill(random.pick(cause.resolutions), values) : undefined,
    status: life.status,
    statusName: life.statusName,
    priority: cause.priority,
    client: { id: client.id, name: client.name },
    contact: cause.alert ? undefined : { id: contact.id, name: contact.name, email: contact.email },
    device: { id: device.id, name: device.name },
    category: cause.category,
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: life.updatedAt,
    closedAt: life.closedAt,
    hoursSpent,
  };
}

export function composeNoiseTicket(random: Random, client: Client, day: number, end: Date): Draft {
  const template = random.pick(client.language === 'de' && random.chance(0.7) ? noiseDe : noiseEn);
  const device = random.pick(client.devices.filter((d) => d.kind === 'laptop' || d.kind === 'desktop'));
  const { contact, values } = slots(random, client, device);
  const createdAt = day + random.int(7, 17) * HOUR_MS + random.int(0, 59) * 60_000;
  const hoursSpent = random.hours(template.hours);
  const life = lifecycle(random, createdAt, end.getTime(), hoursSpent);
  return {
    source: client.source,
    title: fill(template.title, values),
    description: fill(template.description, values),
    resolution: life.done ? random.pick(['Done.', 'Completed, user confirmed.', 'Sorted on remote session.', 'Resolved by phone.']) : undefined,
    status: life.status,
    statusName: life.statusName,
    priority: random.pick(['P3', 'P3', 'P4']),
    client: { id: client.id, name: client.name },
    contact: { id: contact.id, name: contact.name, email: contact.email },
    device: random.chance(0.6) ? { id: device.id, name: device.name } : undefined,
    category: { board: 'Service Desk', type: template.type },
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: life.updatedAt,
    closedAt: life.closedAt,
    hoursSpent,
  };
}
