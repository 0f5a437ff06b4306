import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, LockResult, Queryable, QueryResult } from './db.js';

/**
 * The embedded store: PostgreSQL compiled to WASM, in this process. One process owns the data
 * directory, so locks are in-process; PGlite already serialises queries and transactions.
 */
export async function createPgliteDb(dataDir: string | null): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const held = new Set<string>();
  let closed = false;

  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      if (closed) throw new Error('database is closed');
      const r = await q.query<T>(sql, params);
      // As pg reports it: rows written, or rows returned. PGlite says affectedRows 0 for a SELECT,
      // so a "does one exist?" SELECT read as none in embedded mode.
      return { rows: r.rows, rowCount: Math.max(r.affectedRows ?? 0, r.rows.length) };
    },
  });

  return {
    kind: 'pglite',
    ...wrap(pglite),
    async transaction(fn) {
      return pglite.transaction((tx) => fn(wrap(tx)));
    },
    async tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<LockResult<T>> {
      if (held.has(key)) return { acquired: false };
      held.add(key);
      try {
        return { acquired: true, value: await fn() };
      } finally {
        held.delete(key);
      }
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
    async ping() {
      await pglite.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await pglite.close();
    },
  };
}
