/** The one database interface both stores implement: PGlite (embedded) and PostgreSQL (pg). */
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

export type LockResult<T> = { acquired: true; value: T } | { acquired: false };

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs fn while holding an exclusive lock on key across every process sharing the database; never waits. */
  tryWithLock<T>(key: string, fn: () => Promise<T>): Promise<LockResult<T>>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Errors that mean "the database cannot be reached", as opposed to a bad query. */
export function isUnavailableError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: string }).code ?? '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH'].includes(code)) return true;
  // SQLSTATE class 08 (connection exception), 57P01-57P03 (admin shutdown, cannot connect now).
  if (/^08/.test(code) || /^57P0[1-3]$/.test(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|database is closed|PGlite is closed/i.test(
    err.message,
  );
}
