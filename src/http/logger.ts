import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/**
 * Structured logs that never carry credentials or ticket text: auth and signature headers are
 * redacted, bodies are never logged (Fastify does not log them; we do not add them).
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hook-signature"]',
  'req.headers["x-content-signature"]',
  'req.headers["x-zendesk-webhook-signature"]',
  'req.headers["x-hub-signature"]',
  'req.headers["webhook-signature"]',
  'req.headers["x-recurrence-secret"]',
  '*.secret',
  '*.password',
  '*.apiToken',
  '*.privateKey',
  '*.clientSecret',
  '*.description',
  '*.body',
];

/** `stream` lets tests read the log lines (to prove no secret is ever written); stdout otherwise. */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return { level, redact: { paths: redactPaths, censor: '[redacted]' }, ...(stream ? { stream } : {}) };
}
