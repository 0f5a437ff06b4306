import { z } from 'zod';

/** Every setting the service reads, parsed once from the environment. Nothing else reads process.env. */
const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(p)), {
      message: `must start with ${protocols.join(' or ')}`,
    });

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalUrl(['postgres://', 'postgresql://']),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20).describe('PostgreSQL connections per process; more lets more commits share a WAL flush'),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: optionalUrl(['redis://', 'rediss://']),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  BOOTSTRAP_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  SECRETS_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
    .optional()
    .describe('Key that encrypts PSA secrets at rest; generated into DATA_DIR when embedded'),
  SECRET_ROTATION_GRACE_MS: z.coerce.number().int().min(0).default(24 * 60 * 60 * 1000).describe('How long a rotated webhook secret stays valid'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only').default('recurrence'),
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30_000).describe('How long a dead worker keeps its job before another takes it over'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  JOB_BACKOFF_MS: z.coerce.number().int().min(1).default(1000),
  TICKET_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  SUGGESTIONS_DEBOUNCE_MS: z.coerce.number().int().min(0).default(10_000).describe('Quiet time after new tickets before suggestions are recomputed'),
  CONSOLIDATE_INTERVAL_MS: z.coerce.number().int().min(1000).default(10 * 60 * 1000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  THEME_SIMILARITY: z.coerce.number().gt(0).lt(1).optional().describe('Higher means finer themes; the engine default when unset'),
  THEME_EMBEDDINGS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true')
    .describe('Mix USE-lite sentence embeddings into theme similarity (about 300x slower analysis)'),
  METRICS_TOP_N: z.coerce.number().int().min(0).max(1000).default(20),
});

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; the error message is one readable line naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = configSchema
    .refine((c) => c.ROLE === 'all' || c.DATABASE_URL !== undefined, {
      path: ['ROLE'],
      message: 'api and worker run as separate processes only on PostgreSQL: set DATABASE_URL (the embedded PGlite store belongs to one process)',
    })
    .safeParse(known);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}
