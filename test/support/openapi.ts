import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createPgliteDb } from '../../src/db/pglite.js';
import { buildApp } from '../../src/http/app.js';
import { createServices } from '../../src/services.js';

/** The OpenAPI document exactly as the service serves it, formatted for the repository. */
export async function renderOpenApi(): Promise<string> {
  const services = await createServices(loadConfig({ LOG_LEVEL: 'silent' }), pino({ level: 'silent' }), { db: await createPgliteDb(null) });
  const app = await buildApp(services);
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
    await services.close();
  }
}
