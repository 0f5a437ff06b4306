import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';

const types: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** The page's own files sit beside this module in src/; a build copies them next to dist/dashboard. */
function staticDir(): string {
  const beside = fileURLToPath(new URL('./static/', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../src/dashboard/static/', import.meta.url));
}

/** Every file the page may load, read once: our own and uPlot's, from node_modules (no CDN). */
function loadAssets(): Map<string, { body: Buffer; type: string }> {
  const dir = staticDir();
  const require = createRequire(import.meta.url);
  const uplot = require.resolve('uplot').replace(/uPlot\.cjs\.js$/, '');
  const files: Record<string, string> = {
    'index.html': `${dir}index.html`,
    'app.js': `${dir}app.js`,
    'app.css': `${dir}app.css`,
    'uplot.js': `${uplot}uPlot.iife.min.js`,
    'uplot.css': `${uplot}uPlot.min.css`,
  };
  return new Map(Object.entries(files).map(([name, path]) => [name, { body: readFileSync(path), type: types[name.split('.').pop()!] }]));
}

/**
 * The built-in dashboard at `/`: static files only. It signs in with an API key kept in
 * sessionStorage and calls the /v1 API like any other client, so it needs no server-side session.
 */
export function dashboardPlugin(): FastifyPluginAsync {
  return async (app) => {
    let assets: ReturnType<typeof loadAssets>;
    try {
      assets = loadAssets();
    } catch (err) {
      // An image built without the page's files still serves the API; say what is missing.
      app.log.warn({ err: (err as Error).message }, 'dashboard files not found; / answers 503');
      app.get('/', { schema: { hide: true } }, async (_request, reply) =>
        reply.code(503).type('text/plain; charset=utf-8').send('The dashboard files are missing from this build (src/dashboard/static); the API works.'),
      );
      return;
    }
    const send = (name: string) => async (_request: unknown, reply: import('fastify').FastifyReply) => {
      const asset = assets.get(name)!;
      return reply
        .type(asset.type)
        .header('cache-control', 'no-cache')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
        .send(asset.body);
    };
    app.get('/', { schema: { hide: true } }, send('index.html'));
    for (const name of assets.keys()) if (name !== 'index.html') app.get(`/dashboard/${name}`, { schema: { hide: true } }, send(name));
  };
}
