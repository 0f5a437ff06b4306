/**
 * Text PostgreSQL cannot store. A NUL character (U+0000) is refused by `text` and `jsonb` alike,
 * and a lone UTF-16 surrogate (half of an emoji, cut by a broken client) is not valid Unicode, so
 * JSON with one is refused by `jsonb`. Valid JSON may carry both (`"\u0000"`, `"\ud800"`); left
 * alone, they reach the database and fail there, as a 500 after validation said the input was fine.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** What is wrong with a string, or null when it can be stored. */
function problem(s: string): string | null {
  const m = UNSTORABLE.exec(s);
  if (!m) return null;
  return m[0] === '\u0000'
    ? 'contains a NUL character (U+0000), which cannot be stored'
    : 'contains half of a UTF-16 surrogate pair (invalid Unicode), which cannot be stored';
}

function fieldPath(base: string, key: string | number): string {
  return typeof key === 'number' ? `${base}[${key}]` : `${base}.${key}`;
}

/**
 * The first unstorable string in a parsed JSON value (keys included), as `path: problem`
 * (`body.client.name: contains a NUL character ...`), or null. Depth-first, so the report is stable;
 * walked with a stack of its own, not recursion, because a vendor's API response is not
 * depth-limited as HTTP input is (see json-depth.ts), and a deep one overflowed the call stack.
 */
export function findUnstorableText(value: unknown, path: string): string | null {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length > 0) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      const p = problem(v);
      if (p) return `${at}: ${p}`;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], fieldPath(at, i)]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [key] of entries) {
        const p = problem(key);
        if (p) return `${at}: a field name ${p}`;
      }
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i][1], fieldPath(at, entries[i][0])]);
    }
  }
  return null;
}

/**
 * The same value with NULs removed and lone surrogates replaced by U+FFFD (what a decoder shows
 * for bytes it cannot read), for input nobody can correct: a PSA re-sends the same webhook.
 * Every stored ticket passes through here, so a value with nothing to repair (nearly all) is
 * returned as it is, not copied.
 */
export function makeStorable<T>(value: T): T {
  return findUnstorableText(value, '') === null ? value : repaired(value);
}

const repairText = (s: string) => (UNSTORABLE.test(s) ? s.replace(UNSTORABLE_ALL, (c) => (c === '\u0000' ? '' : '\ufffd')) : s);

/** Plain objects and arrays are rebuilt: a Date or a Buffer is not text and would not survive it. */
const rebuilt = (v: unknown): boolean => Array.isArray(v) || (v !== null && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v)));

/** A repaired copy, built with a stack of its own (no recursion), like findUnstorableText. */
function repaired<T>(value: T): T {
  const copy = (v: unknown): unknown => (typeof v === 'string' ? repairText(v) : !rebuilt(v) ? v : Array.isArray(v) ? new Array<unknown>(v.length) : {});
  const root = copy(value);
  const stack: Array<[unknown, unknown]> = rebuilt(value) ? [[value, root]] : [];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    if (Array.isArray(from)) {
      const out = to as unknown[];
      from.forEach((v, i) => {
        out[i] = copy(v);
        if (rebuilt(v)) stack.push([v, out[i]]);
      });
    } else {
      const out = to as Record<string, unknown>;
      for (const [key, v] of Object.entries(from as object)) {
        const c = copy(v);
        out[repairText(key)] = c;
        if (rebuilt(v)) stack.push([v, c]);
      }
    }
  }
  return root as T;
}
