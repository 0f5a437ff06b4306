/**
 * The field delimiter of a CSV export, read from its header line. Exports from European locales
 * use ';' (Excel and several PSAs follow the system list separator), some tools tab or '|'.
 * Delimiters inside quoted header names do not count. Comma when nothing else is more frequent.
 */
import { readFileHead } from './file-head.js';

const CANDIDATES = [',', ';', '\t', '|'] as const;

export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

/** The delimiter of the CSV file at `path`, from its first line (the first 64 KiB at most). */
export function sniffFileDelimiter(path: string): string {
  const head = readFileHead(path).toString('utf8');
  const end = head.search(/\r?\n/);
  return sniffDelimiter(end < 0 ? head : head.slice(0, end));
}
