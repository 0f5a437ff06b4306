import { ConfigError, loadConfig } from './config.js';
import { handleSignals, startRuntime } from './runtime.js';

/** A worker process: runs jobs from Redis, sweeps the outbox, serves /health and /metrics only. */
async function main() {
  const config = loadConfig({ ...process.env, ROLE: 'worker' });
  const running = await startRuntime(config);
  handleSignals(running, config.SHUTDOWN_TIMEOUT_MS);
  running.services.log.info({ port: config.PORT, queue: running.services.queue.kind }, 'Recurrence worker running');
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
