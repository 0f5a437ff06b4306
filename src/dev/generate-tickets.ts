/**
 * A seeded generator of realistic MSP ticket streams, for demos, benchmarks and end-to-end tests:
 * several clients, a year or more of one-off noise, and planted recurring causes whose wording
 * varies the way real tickets do. Interventions make a cause stop or drop after a date at chosen
 * clients, to simulate an adopted standard working (or not).
 *
 *   npx tsx src/dev/generate-tickets.ts --seed 7 --months 15 > tickets.json
 */
import { pathToFileURL } from 'node:url';
import type { TicketInput } from '../tickets/ticket-schema.js';
import { createClients, type Client } from './clients.js';
import { plantedCauses, type PlantedCause } from './planted-causes.js';
import { createRandom, type Random } from './random.js';
import { composeCauseTicket, composeNoiseTicket } from './compose-ticket.js';

const DAY_MS = 86_400_000;

export interface Intervention {
  causeId: string;
  clientIds: readonly string[];
  from: Date;
  /** Share of the cause's tickets that still happen afterwards: 0 = it stops, 0.2 = an 80% drop. */
  remainingShare: number;
}

export interface GenerateOptions {
  seed?: number;
  start?: Date;
  months?: number;
  clients?: number;
  noisePerClientPerMonth?: number;
  /** Planted cause ids to include; all by default. */
  causes?: readonly string[];
  interventions?: readonly Intervention[];
}

export interface GeneratedStream {
  clients: Client[];
  tickets: TicketInput[];
  /** externalId → planted cause id, or null for noise. */
  causeOf: Record<string, string | null>;
  /** cause id → the clients it was planted at. */
  affectedClients: Record<string, string[]>;
  start: Date;
  end: Date;
}

export function generateTickets(options: GenerateOptions = {}): GeneratedStream {
  const random = createRandom(options.seed ?? 1);
  const start = options.start ?? new Date('2025-09-01T00:00:00Z');
  const end = new Date(start.getTime() + Math.round((options.months ?? 15) * 30.44) * DAY_MS);
  const clients = createClients(random, options.clients ?? 6);
  const causes = plantedCauses.filter((cause) => !options.causes || options.causes.includes(cause.id));
  const affectedClients = Object.fromEntries(causes.map((cause) => [cause.id, chooseClients(random, clients, cause)]));
  const drafts: Array<{ ticket: Omit<TicketInput, 'externalId'>; cause: string | null }> = [];

  for (let day = start.getTime(); day < end.getTime(); day += DAY_MS) {
    const weekday = ![0, 6].includes(new Date(day).getUTCDay());
    for (const client of clients) {
      const noise = random.poisson(((options.noisePerClientPerMonth ?? 45) / 21.7) * (weekday ? 1 : 0.08));
      for (let i = 0; i < noise; i++) drafts.push({ ticket: composeNoiseTicket(random, client, day, end), cause: null });
      for (const cause of causes) {
        if (!affectedClients[cause.id].includes(client.id)) continue;
        const factor = remaining(options.interventions ?? [], cause.id, client.id, day);
        // Alerts fire every day; people mostly raise tickets on working days.
        const perDay = cause.alert ? cause.perClientPerMonth / 30.44 : (cause.perClientPerMonth / 21.7) * (weekday ? 1 : 0.05);
        let count = random.poisson(perDay * factor);
        const burst = cause.flood && weekday && random.chance((cause.flood.perClientPerYear / 250) * factor);
        const hour = random.int(8, 16);
        if (burst) count += random.int(...cause.flood!.size);
        for (let i = 0; i < count; i++) {
          const at = burst ? day + hour * 3_600_000 + random.int(0, 50) * 60_000 : undefined;
          drafts.push({ ticket: composeCauseTicket(random, client, cause, day, end, at), cause: cause.id });
        }
      }
    }
  }
  return { clients, ...number(drafts, clients), affectedClients, start, end };
}

function chooseClients(random: Random, clients: Client[], cause: PlantedCause): string[] {
  const chosen = clients.filter(() => random.chance(cause.clientShare)).map((c) => c.id);
  // Every planted cause exists somewhere, or it could not be found.
  return chosen.length > 0 ? chosen : [random.pick(clients).id];
}

function remaining(interventions: readonly Intervention[], causeId: string, clientId: string, day: number): number {
  return interventions
    .filter((i) => i.causeId === causeId && i.clientIds.includes(clientId) && day >= i.from.getTime())
    .reduce((share, i) => share * i.remainingShare, 1);
}

/** Ids in creation order, in each PSA's own style, so the stream reads like the sources it imitates. */
function number(drafts: Array<{ ticket: Omit<TicketInput, 'externalId'>; cause: string | null }>, clients: Client[]) {
  const prefix: Record<string, string> = { connectwise: 'CW-', autotask: 'T', halopsa: 'HALO-' };
  const sorted = [...drafts].sort((a, b) => (a.ticket.createdAt ?? '').localeCompare(b.ticket.createdAt ?? ''));
  const counters = new Map(clients.map((c) => [c.source, 41_000]));
  const causeOf: Record<string, string | null> = {};
  const tickets = sorted.map(({ ticket, cause }) => {
    const source = ticket.source ?? 'api';
    const n = (counters.get(source) ?? 0) + 1;
    counters.set(source, n);
    const externalId = `${prefix[source] ?? ''}${n}`;
    causeOf[externalId] = cause;
    return { externalId, ...ticket };
  });
  return { tickets, causeOf };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const stream = generateTickets({ seed: arg('seed'), months: arg('months'), clients: arg('clients') });
  process.stdout.write(`${JSON.stringify(stream.tickets, null, 1)}\n`);
}
