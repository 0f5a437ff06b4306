import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type pino from 'pino';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { ConfigError } from '../config.js';

/**
 * Where the key that encrypts PSA secrets comes from:
 * - SECRETS_KEY when set (64 hex characters); every api and worker process must share it.
 * - Embedded (no DATABASE_URL) and unset: DATA_DIR/secrets.key, generated with mode 0600 on first
 *   use and reused after. Back it up with the data directory: without it the sources cannot be read.
 * - PostgreSQL and unset: refused. Processes on different hosts would each generate their own key
 *   and silently fail to read each other's secrets, so creating a source answers 503 and startup
 *   fails once sources exist.
 */
export class SecretsKeyMissingError extends Error {
  readonly statusCode = 503;
  readonly code = 'SECRETS_KEY_MISSING';
  constructor() {
    super('set SECRETS_KEY (64 hex characters, the same in every process) to store PSA credentials');
  }
}

export type SecretsKey = () => Buffer;

export function secretsKeyProvider(config: Pick<Config, 'SECRETS_KEY' | 'DATABASE_URL' | 'DATA_DIR'>, log: pino.Logger): SecretsKey {
  let key: Buffer | undefined;
  return () => {
    if (key) return key;
    if (config.SECRETS_KEY) key = Buffer.from(config.SECRETS_KEY, 'hex');
    else if (config.DATABASE_URL) throw new SecretsKeyMissingError();
    else key = embeddedKey(config.DATA_DIR, log);
    return key;
  };
}

function embeddedKey(dataDir: string, log: pino.Logger): Buffer {
  const file = join(dataDir, 'secrets.key');
  try {
    return parseKeyFile(readFileSync(file, 'utf8'), file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': if two starts race, one writes and the other reads what it wrote.
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    log.warn({ file }, 'generated the key that encrypts PSA secrets; back it up with the data directory');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return parseKeyFile(readFileSync(file, 'utf8'), file);
}

function parseKeyFile(text: string, file: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new ConfigError(`${file} must hold 64 hex characters`);
  return Buffer.from(hex, 'hex');
}

/** PostgreSQL without SECRETS_KEY is fine until the first source exists; then refuse to start. */
export async function assertSecretsKeyForSources(db: Db, config: Pick<Config, 'SECRETS_KEY' | 'DATABASE_URL'>): Promise<void> {
  if (config.SECRETS_KEY || !config.DATABASE_URL) return;
  const r = await db.query('SELECT 1 FROM sources LIMIT 1');
  if (r.rowCount > 0) throw new ConfigError('Invalid configuration: SECRETS_KEY: required once PSA sources exist (64 hex characters, the same in every process)');
}
