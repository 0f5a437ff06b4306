import { WebhookPayloadError } from './errors.js';

/** Small readers for untrusted vendor JSON: they never throw on a missing key, only return undefined. */
export type Json = Record<string, unknown>;

export function parseJsonBody(rawBody: Buffer): unknown {
  if (rawBody.length === 0) throw new WebhookPayloadError('empty body');
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new WebhookPayloadError('body is not valid JSON');
  }
}

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function obj(value: unknown): Json | undefined {
  return isRecord(value) ? value : undefined;
}

/** A string or a finite number as a trimmed string; anything else (null, objects) is undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** Reads a nested path such as ('company', 'name'); undefined as soon as a step is not an object. */
export function at(value: unknown, ...path: string[]): unknown {
  let cur = value;
  for (const key of path) {
    if (!isRecord(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}
