import { z } from 'zod';

/**
 * A whole number in a query string, written as digits: `z.coerce.number()` also took "0x10",
 * "1e2", " 5 " and "" (as 0), none of which a client means as a count.
 */
export function queryInt(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, `must be a whole number from ${min} to ${max}`)
    .optional()
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(z.number().int().min(min).max(max))
    .describe(`${min}-${max}, default ${fallback}`);
}
