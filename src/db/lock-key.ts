import { createHash } from 'node:crypto';

/** A stable signed 64-bit advisory-lock key for a string, as a decimal string for pg. */
export function lockKey(key: string): string {
  return createHash('sha256').update(key).digest().readBigInt64BE(0).toString();
}
