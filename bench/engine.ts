/**
 * npm run bench:engine: clusters synthetic streams of 1k, 10k and 100k tickets through the
 * worker's path (prepare -> assign, then one consolidation) and prints throughput, cost per
 * ticket, CPU time (process.cpuUsage, all threads: the machine may be shared), peak memory and
 * snapshot size. Each size runs in a fresh engine.
 */
import { prepareTicket, ThemeEngine, type PreparedTicket } from '../src/themes/engine/index.js';
import { syntheticTickets } from './synthetic-tickets.js';

const SIZES = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
const noDecisions = { pinned: new Set<string>(), names: new Map<string, string>(), ticketThemes: new Map<string, string>() };

for (const size of SIZES) {
  global.gc?.();
  const engine = new ThemeEngine();
  const rows: Array<{ ticket: PreparedTicket; themeId: string }> = [];
  let peakRss = 0; let peakHeap = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const input of syntheticTickets(size)) {
    const ticket = prepareTicket(input);
    rows.push({ ticket, themeId: engine.assign(ticket) });
    if (rows.length % 1000 === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed);
    }
  }
  const t1 = performance.now();
  const result = engine.consolidate(rows, noDecisions);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed);
  const snapshotKb = Buffer.byteLength(JSON.stringify(engine.toSnapshot())) / 1024;
  console.log([
    `${String(size).padStart(6)} tickets`,
    `stream ${Math.round(size / ((t1 - t0) / 1000))} tickets/s (${((1000 * (t1 - t0)) / size).toFixed(1)} µs/ticket)`,
    `with consolidation ${Math.round(size / ((t2 - t0) / 1000))} tickets/s (${((1000 * (t2 - t0)) / size).toFixed(1)} µs/ticket)`,
    `CPU ${Math.round(size / (cpuMs / 1000))} tickets/s (all threads)`,
    `themes ${result.themes.length}`,
    `peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`,
    `snapshot ${snapshotKb.toFixed(0)} KiB`,
  ].join(' | '));
}
