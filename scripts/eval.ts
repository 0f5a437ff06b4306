/**
 * npm run eval -- --file F.csv --text "Title col,Body col" --label "Label col" [--json] [--similarity 0.2] [--embeddings]
 * npm run eval -- --dev 7 [--months 15]        (seeded MSP stream from src/dev, labelled by planted cause)
 * Options: --half 0|1 keeps every other row (two disjoint halves, each in stream order), to check
 * that a choice helps on both and is not fitted to one file. --embeddings mixes in USE-lite sentence
 * embeddings, computed by the worker's own embedder (THEME_EMBEDDINGS=true); their time counts.
 * --shuffle SEED streams the rows in a seeded random order (is a result a property of the engine
 * or of this file's order?). --consolidate-every N consolidates after every N tickets, as the
 * worker's schedule does, and reports the share of older tickets each consolidation moved.
 * Streams the tickets in order through the engine the worker uses (prepare -> assign ->
 * consolidate), in process, and scores the themes against the label column. The tickets/s figure
 * covers the engine: cleaning (prepare), assignment and consolidation; the file is read first.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { prepareTicket, ThemeEngine, type PreparedTicket } from '../src/themes/engine/index.js';
import { quality } from '../src/themes/engine/quality-metrics.js';
import { createEmbedder } from '../src/themes/embedder.js';
import { generateTickets } from '../src/dev/generate-tickets.js';
import { openExport } from '../src/ingest/index.js';
import { noiseDe, noiseEn } from '../src/dev/noise.js';

const { values } = parseArgs({
  options: {
    file: { type: 'string' }, text: { type: 'string' }, label: { type: 'string' },
    json: { type: 'boolean', default: false }, similarity: { type: 'string' },
    dev: { type: 'string' }, months: { type: 'string' }, half: { type: 'string' },
    embeddings: { type: 'boolean', default: false },
    shuffle: { type: 'string' }, 'consolidate-every': { type: 'string' },
  },
});
if (!values.dev && (!values.file || !values.text || !values.label)) {
  console.error('usage: npm run eval -- --file F.csv --text "Title,Body" --label "Label" [--json] [--half 0|1]\n       npm run eval -- --dev SEED [--months N] [--json]');
  process.exit(2);
}
const engine = new ThemeEngine({ embeddings: values.embeddings, ...(values.similarity ? { similarity: Number(values.similarity) } : {}) });
const embedder = values.embeddings ? createEmbedder() : null;
const half = values.half === undefined ? -1 : Number(values.half);
let seen = 0;

interface Row { title: string; body: string; label: string }

/** Fisher-Yates with a seeded linear congruential generator: the same seed, the same order. */
function shuffleInPlace<T>(list: T[], seed: number): void {
  let state = seed >>> 0;
  const next = () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 2 ** 32; };
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(2);
}

/** Rows of the CSV (delimiter and encoding as the import reads them); a named column it lacks is an error. */
async function* csvRows(): AsyncGenerator<Row> {
  const file = values.file!;
  if (!existsSync(file)) fail(`no file at ${file}`);
  const [titleCol, ...bodyCols] = values.text!.split(',').map((s) => s.trim());
  const { text, delimiter } = openExport(file);
  const records = text.pipe(parse({
    columns: (header: string[]) => header.map((h) => h.trim()), delimiter,
    bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true,
  }));
  let checked = false;
  for await (const row of records as AsyncIterable<Record<string, string>>) {
    if (!checked) {
      const missing = [titleCol, ...bodyCols, values.label!].filter((c) => !(c in row));
      if (missing.length > 0) fail(`${missing.map((c) => `"${c}"`).join(', ')} not among the columns of ${file}: ${Object.keys(row).map((c) => `"${c}"`).join(', ')}`);
      checked = true;
    }
    yield { title: row[titleCol] ?? '', body: bodyCols.map((c) => row[c] ?? '').join('\n'), label: row[values.label!] ?? '' };
  }
}

/**
 * Noise tickets are labelled by the one-off template they came from (its title pattern); a German
 * template asking for the same thing as an English one shares its label, so themes that hold one
 * request in both languages are not scored as mixed.
 */
function noiseLabeller(): (title: string) => string {
  const patterns = [...noiseEn, ...noiseDe].map((n) => ({
    label: `noise:${n.sameAs ?? n.title}`,
    re: new RegExp(`^${n.title.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`)).replace(/\{\w+\}/g, '.*')}$`),
  }));
  return (title) => patterns.find((p) => p.re.test(title))?.label ?? 'noise:other';
}

function* devRows(): Generator<Row> {
  const stream = generateTickets({ seed: Number(values.dev), months: values.months ? Number(values.months) : undefined });
  const noiseLabel = noiseLabeller();
  for (const t of stream.tickets) {
    const cause = stream.causeOf[t.externalId];
    yield { title: t.title, body: t.description ?? '', label: cause ?? noiseLabel(t.title) };
  }
}

// Rows are read (and the CSV parsed) first, so the figure measures the engine alone: prepare +
// assign + consolidate, the work the worker does per ticket. CPU time (process.cpuUsage) is
// reported next to wall time because the machine may be shared.
const readStarted = performance.now();
const rows: Row[] = [];
for await (const row of values.dev ? devRows() : csvRows()) {
  if (row.label === '') continue;
  if (half >= 0 && seen++ % 2 !== half) continue;
  rows.push(row);
}
if (values.shuffle !== undefined) shuffleInPlace(rows, Number(values.shuffle));
const readMs = performance.now() - readStarted;
const every = values['consolidate-every'] ? Number(values['consolidate-every']) : 0;
if (values['consolidate-every'] && !(every >= 1)) fail('--consolidate-every must be a positive number of tickets');
const tickets: Array<{ ticket: PreparedTicket; themeId: string }> = [];
const labels: string[] = [];
let prepareMs = 0;
let embedMs = 0;
/** Tickets are prepared (and embedded) a worker-sized batch at a time, then streamed in order. */
// With --consolidate-every, batches divide N evenly where they can, so consolidations fall every N tickets.
const BATCH = every > 0 ? Math.ceil(every / Math.ceil(every / 256)) : 256;
/** Tickets present at the last consolidation (settled), and the share of them each later one moved. */
let consolidatedCount = 0;
const movedShares: number[] = [];

function consolidateNow() {
  const r = engine.consolidate(tickets.map((t, i) => ({ ...t, settled: i < consolidatedCount })), { pinned: new Set(), names: new Map(), ticketThemes: new Map() });
  if (consolidatedCount > 0) {
    let moved = 0;
    for (let i = 0; i < consolidatedCount; i++) if (engine.resolve(tickets[i].themeId) !== r.assignments.get(tickets[i].ticket.id)) moved++;
    movedShares.push(moved / consolidatedCount);
  }
  for (const t of tickets) t.themeId = r.assignments.get(t.ticket.id)!;
  consolidatedCount = tickets.length;
  return r;
}
const cpu0 = process.cpuUsage();
const started = performance.now();
for (let at = 0; at < rows.length; at += BATCH) {
  const p0 = performance.now();
  let batch = rows.slice(at, at + BATCH).map((row, i) => prepareTicket({ id: String(at + i + 1), title: row.title, body: row.body, createdAt: at + i }));
  const p1 = performance.now();
  prepareMs += p1 - p0;
  if (embedder) batch = await embedder.embed(batch);
  embedMs += performance.now() - p1;
  for (const ticket of batch) tickets.push({ ticket, themeId: engine.assign(ticket) });
  for (const row of rows.slice(at, at + BATCH)) labels.push(row.label);
  if (every > 0 && tickets.length - consolidatedCount >= every && tickets.length < rows.length) consolidateNow();
}
const streamed = performance.now();
const result = consolidateNow();
const ended = performance.now();
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const seconds = (ended - started) / 1000;
const themesOf = tickets.map((t) => result.assignments.get(t.ticket.id)!);
const q = quality(labels, themesOf);
const summary = {
  ...q, themes: new Set(themesOf).size, tickets: tickets.length,
  ticketsPerSecond: Math.round(tickets.length / seconds),
  cpuTicketsPerSecond: Math.round(tickets.length / cpuSeconds),
  ms: {
    read: Math.round(readMs), prepare: Math.round(prepareMs), embed: Math.round(embedMs),
    assign: Math.round(streamed - started - prepareMs - embedMs), consolidate: Math.round(ended - streamed), cpu: Math.round(cpuSeconds * 1000),
  },
};
const f = (x: number) => x.toFixed(3);
const churn = movedShares.length > 0 ? movedShares.reduce((a, b) => a + b, 0) / movedShares.length : null;
console.log(`tickets ${summary.tickets}  labels ${new Set(labels).size}  themes ${summary.themes}  engine ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU  (${summary.ticketsPerSecond} tickets/s wall, ${summary.cpuTicketsPerSecond}/s CPU)`);
console.log(`  read ${summary.ms.read} ms (not counted)  prepare ${summary.ms.prepare} ms${embedder ? `  embed ${summary.ms.embed} ms` : ''}  assign ${summary.ms.assign} ms  consolidate ${summary.ms.consolidate} ms`);
console.log(`AMI ${f(q.ami)}  NMI ${f(q.nmi)}  V-measure ${f(q.vMeasure)}  purity5 ${f(q.purity5)}  coverage3 ${f(q.coverage3)}`);
if (churn !== null) console.log(`${movedShares.length + 1} consolidations; each moved ${(100 * churn).toFixed(1)}% of the older tickets on average (the last ${(100 * movedShares[movedShares.length - 1]).toFixed(1)}%)`);
if (values.json) console.log(JSON.stringify(churn === null ? summary : { ...summary, olderTicketsMovedPerConsolidation: churn }));
