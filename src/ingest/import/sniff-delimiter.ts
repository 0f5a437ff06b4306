/**
 * The field delimiter of a CSV export, read from its header line. Exports from European locales
 * use ';' (Excel and several PSAs follow the system list separator), some tools tab or '|'.
 * Delimiters inside quoted header names do not count. Comma when nothing else is more frequent.
 */
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
