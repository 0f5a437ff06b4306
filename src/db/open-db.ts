import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Db } from './db.js';
import { createPgliteDb } from './pglite.js';
import { createPostgresDb } from './postgres.js';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite store under DATA_DIR. */
export async function openDb(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'>): Promise<Db> {
  if (config.DATABASE_URL) return createPostgresDb(config.DATABASE_URL, { max: config.DATABASE_POOL_SIZE });
  return createPgliteDb(join(config.DATA_DIR, 'pglite'));
}
