import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUnavailableError } from '../db/db.js';

/** Errors a handler may throw on purpose; anything else is a 500 with no internals shown. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
export const badRequest = (message: string, code = 'VALIDATION_FAILED') => new HttpError(400, code, message);
export const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `${what} not found`);
export const conflict = (message: string) => new HttpError(409, 'CONFLICT', message);
export const unauthorized = (message: string) => new HttpError(401, 'UNAUTHORIZED', message);

export const errorSchema = z
  .object({ statusCode: z.number().int(), code: z.string(), message: z.string(), requestId: z.string() })
  .meta({ id: 'Error' });

/** Fastify's own request errors (body parsing, limits, media type) mapped to what went wrong. */
const fastifyCodes: Record<string, { status: number; code: string; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'BODY_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported Content-Type; send application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_CONTENT_LENGTH' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'EMPTY_BODY', message: 'the request body is empty; send a JSON document' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
};

interface ZodIssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  errors?: ZodIssueLike[][];
}

/**
 * One readable line per problem, naming the field: `body[0].title: Invalid input: expected string`.
 * For a union (one ticket or an array of them) it reports the branch the client evidently meant:
 * the one whose problems lie deepest.
 */
export function describeIssues(context: string, issues: ZodIssueLike[]): string {
  const flat = issues.flatMap((i) => unwrapUnion(i));
  // One problem per field, the first: after "expected string, received array" the length rules
  // that ran on the same value only add noise.
  const byPath = new Map<string, ZodIssueLike>();
  for (const i of flat) {
    const path = context + i.path.map((p) => (/^\d+$/.test(String(p)) ? `[${String(p)}]` : `.${String(p)}`)).join('');
    if (!byPath.has(path)) byPath.set(path, i);
  }
  return [...byPath]
    .slice(0, 5)
    .map(([path, i]) => (i.keys?.length ? `${path}: unknown field ${i.keys.map((k) => `"${k}"`).join(', ')}` : `${path}: ${i.message}`))
    .join('; ');
}

function unwrapUnion(issue: ZodIssueLike): ZodIssueLike[] {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
  const depth = (branch: ZodIssueLike[]) =>
    Math.max(...branch.map((i) => i.path.length)) + (branch.every((i) => i.path.length === 0 && i.code === 'invalid_type') ? -0.5 : 0);
  const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
  return best.flatMap((i) => unwrapUnion({ ...i, path: [...issue.path, ...i.path] }));
}

export function sendError(reply: FastifyReply, request: FastifyRequest, statusCode: number, code: string, message: string) {
  return reply.status(statusCode).type('application/json').send({ statusCode, code, message, requestId: request.id });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  try {
    return mapError(error, request, reply);
  } catch (mappingFailure) {
    request.log.error({ err: mappingFailure, original: error }, 'error handler failed');
    return sendError(reply, request, 500, 'INTERNAL', 'internal error; the request id identifies it in the logs');
  }
}

function mapError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpError) return sendError(reply, request, error.statusCode, error.code, error.message);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    // The type provider flattens each zod issue into { keyword, instancePath, message, params }.
    const issues = error.validation.map(
      (v): ZodIssueLike => ({
        ...(v.params as object),
        code: v.keyword,
        message: v.message ?? 'invalid',
        path: v.instancePath.split('/').filter(Boolean),
      }),
    );
    return sendError(reply, request, 400, 'VALIDATION_FAILED', describeIssues(context, issues));
  }
  const known = error.code ? fastifyCodes[error.code] : undefined;
  if (known) {
    const sent = request.headers['content-type'];
    const message = known.code === 'UNSUPPORTED_MEDIA_TYPE' && sent ? `${known.message} (got ${sent})` : (known.message ?? error.message);
    return sendError(reply, request, known.status, known.code, message);
  }
  if (error instanceof SyntaxError || /prototype property/.test(error.message)) {
    // secure-json-parse refuses __proto__ and constructor.prototype keys: prototype pollution.
    return sendError(reply, request, 400, 'MALFORMED_JSON', error.message);
  }
  if (isUnavailableError(error) || (error as { code?: string }).code === 'SERVICE_UNAVAILABLE') {
    request.log.warn({ err: error }, 'dependency unavailable');
    reply.header('Retry-After', '5');
    return sendError(reply, request, 503, 'SERVICE_UNAVAILABLE', 'storage is unavailable; nothing was stored, retry later');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendError(reply, request, error.statusCode, error.code ?? 'BAD_REQUEST', error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(reply, request, 500, 'INTERNAL', 'internal error; the request id identifies it in the logs');
}
