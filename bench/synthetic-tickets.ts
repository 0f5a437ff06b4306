/**
 * Seeded generator of realistic, varied MSP tickets: human requests built from causes, products
 * and phrasings (with greetings, signatures and names), and monitoring/backup alerts with
 * changing hosts, numbers and dates. Deterministic per seed, so runs compare.
 */
import type { EngineInput } from '../src/themes/engine/index.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const PRODUCTS = ['outlook', 'teams', 'onedrive', 'sharepoint', 'vpn client', 'printer', 'excel', 'sap', 'citrix', 'bitlocker', 'windows update', 'wifi', 'scanner', 'quickbooks', 'chrome', 'adobe reader', 'mfa app', 'docking station', 'monitor', 'laptop'];
const SYMPTOMS = ['keeps crashing', 'will not start', 'is very slow', 'asks for my password again and again', 'cannot connect', 'shows error 0x80070005', 'freezes after the update', 'disconnects every hour', 'is not syncing', 'stopped working', 'prints blank pages', 'says license expired', 'lost all my settings', 'cannot find the server'];
const OPENERS = ['Hi team,', 'Hello,', 'Good morning,', 'Hallo zusammen,', ''];
const CLOSERS = ['Thanks\nAnna', 'Kind regards,\nMark Jensen\nAcme Ltd', 'Best regards,\nJ. Miller | +1 555 0100', 'Mit freundlichen Grüßen\nK. Weber', ''];
const EXTRA = ['It started after the weekend.', 'My colleague has the same problem.', 'I already restarted the PC.', 'This is urgent, I have a client meeting.', 'Ticket INC00{n} was closed but it is back.', 'My laptop is LT0{n}.'];
const ALERTS = [
  (h: string, n: number) => `CRITICAL: disk C: on ${h} is ${90 + (n % 10)}% full`,
  (h: string, n: number) => `Backup job Nightly-${n % 7} failed on ${h}`,
  (h: string) => `Host ${h} is DOWN (ping timeout)`,
  (h: string, n: number) => `WARNING: CPU on ${h} above ${80 + (n % 20)}% for 15 minutes`,
  (h: string, n: number) => `Service Spooler stopped on ${h} at ${10 + (n % 12)}:${10 + (n % 50)}`,
  (h: string, n: number) => `Antivirus definitions out of date on ${h} (${n % 30} days)`,
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'dor', 'pix', 'sul', 'ne', 'bra', 'qu', 'zen', 'fo', 'ril', 'tan', 'gu'];
/** Site, application and colleague names: a long tail of words, as in real ticket streams. */
function tailWord(n: number): string {
  return SYLLABLES[n % 16] + SYLLABLES[(n >> 4) % 16] + SYLLABLES[(n >> 8) % 16];
}

export function* syntheticTickets(count: number, seed = 42): Generator<EngineInput> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(r() * 100000);
    if (r() < 0.3) {
      const host = `SRV-${pick(['DB', 'APP', 'FS', 'DC', 'WEB'])}${String(n % 90).padStart(2, '0')}`;
      yield { id: `s${i}`, title: pick(ALERTS)(host, n), body: `From: rmm-noreply@msp.example\nAlert raised at ${new Date(1.7e12 + n * 6e4).toISOString()} for ${host} (10.0.${n % 255}.${n % 200})`, createdAt: 1.7e12 + i * 6e4 };
      continue;
    }
    const product = pick(PRODUCTS);
    const symptom = pick(SYMPTOMS);
    const site = tailWord(Math.floor(r() * 4096));
    const body = [pick(OPENERS), `my ${product} ${symptom} at ${site}. ${pick(EXTRA).replace('{n}', String(n))}`, `user: user${n % 500}`, pick(CLOSERS)].join('\n');
    const title = r() < 0.5 ? `${product} ${symptom}` : `${tailWord(Math.floor(r() * 600))} ${product} problem`;
    yield { id: `s${i}`, title, body, createdAt: 1.7e12 + i * 6e4 };
  }
}
