import pg from 'pg';
import type { Db, LockResult, Queryable, QueryResult } from './db.js';
import { lockKey } from './lock-key.js';

// Timestamps and bigints come back as strings: the code converts where it needs a Date or number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function createPostgresDb(url: string, opts: { max?: number } = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30000,
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});

  // A checked-out connection that dies between queries emits 'error' on the client; without a
  // listener that would crash the process. The query in flight (or the next one) reports it.
  const guarded = new WeakSet<pg.PoolClient>();
  const checkout = async () => {
    const client = await pool.connect();
    if (!guarded.has(client)) {
      client.on('error', () => {});
      guarded.add(client);
    }
    return client;
  };

  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      const r = await q.query(sql, params as unknown[]);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
    },
  });

  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await checkout();
      try {
        await client.query('BEGIN');
        const value = await fn(wrap(client));
        await client.query('COMMIT');
        return value;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<LockResult<T>> {
      // A session-level advisory lock on a dedicated connection: if this process dies, the
      // connection closes and PostgreSQL releases the lock, so another worker can take over.
      const client = await checkout();
      let broken = false;
      try {
        const r = await client.query('SELECT pg_try_advisory_lock($1::bigint) AS ok', [lockKey(key)]);
        if (!r.rows[0].ok) return { acquired: false };
        try {
          return { acquired: true, value: await fn() };
        } finally {
          await client.query('SELECT pg_advisory_unlock($1::bigint)', [lockKey(key)]).catch(() => {
            broken = true;
          });
        }
      } finally {
        client.release(broken);
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
