import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WebhookRequest } from '../../../src/ingest/types.js';

export const NOW = new Date('2026-11-02T12:00:00Z');

export function fixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/psa/${name}`, import.meta.url)));
}

export function fixtureJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(fixture(name).toString('utf8')) as T;
}

export function request(body: Buffer | string, headers: Record<string, string | undefined>, now = NOW): WebhookRequest {
  return { rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body), headers, now };
}

/** Flips one byte in the middle of the body (a one-byte tamper keeps the JSON shape plausible). */
export function tamper(body: Buffer): Buffer {
  const copy = Buffer.from(body);
  const i = Math.floor(copy.length / 2);
  copy[i] = copy[i] === 0x61 ? 0x62 : 0x61;
  return copy;
}

export const noFetch: typeof fetch = async () => {
  throw new Error('unexpected fetch');
};
