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
 * (`body.client.name: contains a NUL character ...`), or null. Depth-first, so the report is stable.
 */
export function findUnstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') {
    const p = problem(value);
    return p ? `${path}: ${p}` : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], fieldPath(path, i));
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const p = problem(key);
      if (p) return `${path}: a field name ${p}`;
      const found = findUnstorableText(v, fieldPath(path, key));
      if (found) return found;
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

function repaired<T>(value: T): T {
  if (typeof value === 'string') return (UNSTORABLE.test(value) ? value.replace(UNSTORABLE_ALL, (c) => (c === '\u0000' ? '' : '\ufffd')) : value) as T;
  if (Array.isArray(value)) return value.map((v) => repaired(v)) as T;
  // Plain objects only: a Date or a Buffer is not text and would not survive being rebuilt.
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[repaired(key)] = repaired(v);
    return out as T;
  }
  return value;
}
