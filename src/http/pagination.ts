import { z } from 'zod';
import { badRequest } from './errors.js';
import { queryInt } from './query-int.js';

/** Opaque cursors: clients pass back what `next` gave them. */
export const pageQuery = {
  limit: queryInt(1, 500, 50),
  cursor: z.string().max(200).optional().describe('The `next` value of the previous page'),
};

/** Deepest offset a cursor may carry: far past any real list, well within PostgreSQL's bigint OFFSET. */
const MAX_OFFSET = 2 ** 31 - 1;

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  // Exactly what page() writes, and no deeper than a database offset can reach (a forged
  // "o:1e20" or "o:0x10" is not a cursor this API gave out).
  const m = /^o:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || Number(m[1]) > MAX_OFFSET) throw badRequest('querystring.cursor: not a cursor this API gave out', 'BAD_CURSOR');
  return Number(m[1]);
}

/** Given limit+1 fetched rows, the page and the cursor of the next one (null at the end). */
export function page<T>(rows: T[], offset: number, limit: number): { items: T[]; next: string | null } {
  const more = rows.length > limit;
  return { items: rows.slice(0, limit), next: more ? Buffer.from(`o:${offset + limit}`).toString('base64url') : null };
}
