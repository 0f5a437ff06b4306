import { ConfigError, loadConfig } from './config.js';
import { handleSignals, startRuntime } from './runtime.js';

/** The service: API and worker in one process by default (ROLE=all), or the API alone (ROLE=api). */
async function main() {
  const config = loadConfig();
  const running = await startRuntime(config);
  handleSignals(running, config.SHUTDOWN_TIMEOUT_MS);
  running.services.log.info(
    { port: config.PORT, role: config.ROLE, storage: running.services.db.kind, queue: running.services.queue.kind },
    `Recurrence listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT} (docs at /docs)`,
  );
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
