import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { sendError } from './errors.js';

/** The methods with a route for this path (a concrete path, matched as the router matches requests). */
export function allowedMethods(app: FastifyInstance, path: string): string[] {
  return app.supportedMethods.filter((method) => app.findRoute({ method: method as HTTPMethods, url: path }) !== null);
}

/**
 * Requests the router matched to no route. A path that exists under other methods is a 405 with
 * an `Allow` header (RFC 9110 §15.5.6): "no route PUT /v1/tickets" read as if /v1/tickets did not
 * exist. A path no method serves stays a 404.
 */
export function notFoundHandler(app: FastifyInstance) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const allowed = allowedMethods(app, path);
    if (allowed.length === 0) return sendError(reply, request, 404, 'NOT_FOUND', `no route ${request.method} ${path}`);
    reply.header('Allow', allowed.join(', '));
    return sendError(reply, request, 405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; it allows ${allowed.join(', ')} (see the Allow header)`);
  };
}
