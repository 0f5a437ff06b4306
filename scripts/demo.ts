/**
 * npm run demo -- [--url http://127.0.0.1:3000] [--key K] [--months 12] [--clients 3] [--seed 7]
 * Posts a generated, realistic year of MSP tickets (planted recurring causes among one-off noise)
 * to a running service, so a newcomer sees themes and suggestions within a minute.
 */
import { parseArgs } from '../src/cli/args.js';
import { generateTickets } from '../src/dev/generate-tickets.js';

const { flags } = parseArgs(process.argv.slice(2));
const get = (name: string, fallback: string) => {
  const v = flags.get(name);
  return typeof v === 'string' ? v : fallback;
};
// 127.0.0.1, not localhost: Node's fetch may try ::1 first and wait, while the service listens on IPv4.
const url = get('url', 'http://127.0.0.1:3000');
const key = get('key', process.env.BOOTSTRAP_API_KEY ?? '');
if (!key) {
  console.error('pass --key <api key> (or set BOOTSTRAP_API_KEY)');
  process.exit(1);
}
const months = Number(get('months', '12'));
const start = new Date(Date.now() - months * 30.44 * 86_400_000);
const stream = generateTickets({ seed: Number(get('seed', '7')), months, clients: Number(get('clients', '3')), start, noisePerClientPerMonth: 20 });
for (let i = 0; i < stream.tickets.length; i += 1000) {
  const res = await fetch(`${url}/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(stream.tickets.slice(i, i + 1000)),
  });
  if (res.status !== 202) {
    console.error(`POST /v1/tickets answered ${res.status}: ${await res.text()}`);
    process.exit(1);
  }
  process.stderr.write(`\rsent ${Math.min(i + 1000, stream.tickets.length)} / ${stream.tickets.length} tickets`);
}
console.error(`\nDone: ${stream.clients.length} clients (${stream.clients.map((c) => c.id).join(', ')}). Themes and suggestions appear within seconds:`);
console.error(`  curl -H "Authorization: Bearer ${key}" ${url}/v1/suggestions`);
// Node's fetch keeps the connection alive and would hold the process for the server's keep-alive timeout.
process.exit(0);
