import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { dashboardPlugin } from '../dashboard/dashboard-plugin.js';
import type { Services } from '../services.js';
import { requireApiKey } from './auth.js';
import { badRequest, errorHandler, errorSchema, sendError } from './errors.js';
import { registerJsonParser } from './json-body.js';
import { refuseEncodedBodies, refuseNonUtf8Json } from './body-encoding.js';
import { requestIdFor } from './request-id.js';
import { clientErrorHandler } from './client-errors.js';
import { notFoundHandler } from './not-found.js';
import { loggerOptions } from './logger.js';
import { findUnstorableText } from '../text/storable-text.js';
import { adminRoutes } from './routes/admin.js';
import { healthRoutes } from './routes/health.js';
import { metricsApiRoutes } from './routes/metrics-api.js';
import { metricsRoutes } from './routes/metrics.js';
import { reviewRoutes } from './routes/reviews.js';
import { standardRoutes } from './routes/standards.js';
import { suggestionRoutes } from './routes/suggestions.js';
import { sourceRoutes } from './routes/sources.js';
import { themeRoutes } from './routes/themes.js';
import { ticketRoutes } from './routes/tickets.js';
import { webhookRoutes } from './routes/webhooks.js';

export type App = FastifyInstance;

/** Builds the HTTP app around the given services; never listens (server.ts does). */
export async function buildApp(services: Services, opts: { role?: 'all' | 'api' | 'worker'; logStream?: DestinationStream } = {}): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, opts.logStream),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Off: Fastify would take the header as it is; requestIdFor checks it first.
    requestIdHeader: false,
    genReqId: requestIdFor,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // Ids may be 200 characters (as the schemas say); past this the router refuses the path;
    // ignoreTrailingSlash: /v1/themes/ is /v1/themes (it was a 400 on an empty params.id).
    routerOptions: { maxParamLength: 256, ignoreTrailingSlash: true },
    // The router's own refusals (a path it cannot decode, an over-long id) in the API's error shape.
    frameworkErrors: (error, request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      return sendError(reply, request, tooLong ? 414 : 400, tooLong ? 'PATH_TOO_LONG' : 'BAD_URL', tooLong ? 'a path segment is longer than 256 characters' : `the path cannot be decoded: ${error.message}`);
    },
    // What Node's HTTP parser refuses before there is a request (framing, header size), in the same shape.
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  registerJsonParser(app);
  // Before any route is registered, so that every scope (the webhooks' too) inherits it.
  refuseEncodedBodies(app);
  app.addHook('preValidation', async (request) => {
    // A NUL in a path or query value (%00) would reach SQL as a parameter and fail there.
    const unstorable = findUnstorableText(request.params, 'params') ?? findUnstorableText(request.query, 'querystring');
    if (unstorable) throw badRequest(unstorable, 'UNSTORABLE_TEXT');
    // No API query parameter takes a list: `limit=1&limit=2` would otherwise read as "expected
    // number, received NaN". (Webhook URLs are the PSA's to decorate; their queries are not read.)
    if (!request.url.startsWith('/v1/')) return;
    for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
      if (Array.isArray(value)) throw badRequest(`querystring.${name}: given ${value.length} times; give it once`, 'VALIDATION_FAILED');
    }
  });
  app.setNotFoundHandler(notFoundHandler(app));

  app.addHook('onResponse', async (request, reply) => {
    services.metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: `${Math.floor(reply.statusCode / 100)}xx` },
      reply.elapsedTime / 1000,
    );
  });

  // Every route that reads a body can answer 415 (a compressed body, a charset other than UTF-8):
  // said once here, before the API document collects the routes, rather than on each route.
  app.addHook('onRoute', (route) => {
    const schema = route.schema as { body?: unknown; response?: Record<string, unknown> } | undefined;
    if (schema?.body && schema.response && !schema.response[415]) schema.response = { ...schema.response, 415: errorSchema };
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Recurrence API',
        version: '1.0.0',
        description: 'Recurring ticket themes, and the standards changes that would stop them.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(services));
  await app.register(metricsRoutes(services));

  if (opts.role === 'worker') return app;

  // The built-in dashboard: static files; it signs in with an API key and calls /v1 like any client.
  await app.register(dashboardPlugin());

  // PSA webhooks: outside /v1, authenticated by the vendor's signature or secret, not an API key.
  await app.register(webhookRoutes(services));

  await app.register(async (v1) => {
    requireApiKey(v1, services.tenants);
    refuseNonUtf8Json(v1);
    await v1.register(ticketRoutes(services));
    await v1.register(themeRoutes(services));
    await v1.register(metricsApiRoutes(services));
    await v1.register(standardRoutes(services));
    await v1.register(suggestionRoutes(services));
    await v1.register(reviewRoutes(services));
    await v1.register(sourceRoutes(services));
    await v1.register(adminRoutes(services));
  }, { prefix: '/v1' });

  return app;
}
