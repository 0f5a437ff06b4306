/**
 * npm run eval -- --file F.csv --text "Title col,Body col" --label "Label col" [--json] [--similarity 0.2]
 * Streams the CSV in file order through the engine the worker uses (prepare -> assign ->
 * consolidate), in process, and scores the themes against the label column.
 */
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { prepareTicket, ThemeEngine, type PreparedTicket } from '../src/themes/engine/index.js';
import { quality } from '../src/themes/engine/quality-metrics.js';

const { values } = parseArgs({
  options: {
    file: { type: 'string' }, text: { type: 'string' }, label: { type: 'string' },
    json: { type: 'boolean', default: false }, similarity: { type: 'string' },
  },
});
if (!values.file || !values.text || !values.label) {
  console.error('usage: npm run eval -- --file F.csv --text "Title,Body" --label "Label" [--json]');
  process.exit(2);
}
const [titleCol, ...bodyCols] = values.text.split(',').map((s) => s.trim());
const labelCol = values.label;
const engine = new ThemeEngine(values.similarity ? { similarity: Number(values.similarity) } : {});

const tickets: Array<{ ticket: PreparedTicket; themeId: string }> = [];
const labels: string[] = [];
const started = performance.now();
const rows = createReadStream(values.file).pipe(parse({ columns: true, bom: true, relax_quotes: true, skip_empty_lines: true }));
for await (const row of rows as AsyncIterable<Record<string, string>>) {
  const label = row[labelCol];
  if (label === undefined || label === '') continue;
  const ticket = prepareTicket({
    id: String(tickets.length + 1), title: row[titleCol] ?? '',
    body: bodyCols.map((c) => row[c] ?? '').join('\n'), createdAt: tickets.length,
  });
  tickets.push({ ticket, themeId: engine.assign(ticket) });
  labels.push(label);
}
const streamed = performance.now();
const result = engine.consolidate(tickets, { pinned: new Set(), names: new Map(), ticketThemes: new Map() });
const seconds = (performance.now() - started) / 1000;
const themesOf = tickets.map((t) => result.assignments.get(t.ticket.id)!);
const q = quality(labels, themesOf);
const summary = {
  ...q, themes: new Set(themesOf).size, tickets: tickets.length,
  ticketsPerSecond: Math.round(tickets.length / seconds),
};
const f = (x: number) => x.toFixed(3);
console.log(`tickets ${summary.tickets}  themes ${summary.themes}  streaming ${((streamed - started) / 1000).toFixed(2)} s  total ${seconds.toFixed(2)} s  (${summary.ticketsPerSecond} tickets/s)`);
console.log(`AMI ${f(q.ami)}  NMI ${f(q.nmi)}  V-measure ${f(q.vMeasure)}  purity5 ${f(q.purity5)}  coverage3 ${f(q.coverage3)}`);
if (values.json) console.log(JSON.stringify(summary));
