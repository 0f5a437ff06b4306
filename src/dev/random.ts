/**
 * A small seeded random source (mulberry32): the same seed gives the same ticket stream on every
 * machine and Node version, which Math.random cannot promise.
 */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  poisson(mean: number): number;
  /** Hours spent: log-normal around a typical value, rounded to the quarter hour PSAs bill in. */
  hours(typical: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    poisson(mean) {
      // Knuth's method: the per-day means here are small (well under 10).
      const limit = Math.exp(-mean);
      let k = 0;
      for (let p = next(); p > limit; p *= next()) k++;
      return k;
    },
    hours: (typical) => Math.max(0.25, Math.round(typical * Math.exp(0.5 * gaussian()) * 4) / 4),
  };
}

/** Fills {slots} in a template; a missing slot is a bug in the template list, so it throws. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`template slot {${name}} has no value: ${template}`);
    return value;
  });
}
