/**
 * How deeply a parsed JSON value nests, counted without recursion (the value may be nested tens
 * of thousands deep, and every later step that walks it recursively would overflow the stack).
 */
export const MAX_JSON_DEPTH = 64;

/** True when `value` nests objects or arrays more than `max` levels deep. */
export function nestsDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

export const tooDeepMessage = `the JSON document nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep`;
