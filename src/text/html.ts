/**
 * HTML to text in one forward scan (no regex over the whole input, so no backtracking):
 * tags become spaces or line breaks, script/style bodies are dropped, common entities decoded.
 */
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'table', 'ul', 'ol', 'blockquote', 'hr']);
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function isTagStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i + 1);
  return c === 47 /* / */ || c === 33 /* ! */ || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function tagName(tag: string): string {
  let j = tag.charCodeAt(1) === 47 ? 2 : 1;
  const start = j;
  while (j < tag.length && /[a-zA-Z0-9]/.test(tag[j])) j++;
  return tag.slice(start, j).toLowerCase();
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#?[a-z0-9]{1,8});/gi, (m, name: string) => {
    const key = name.toLowerCase();
    if (ENTITIES[key] !== undefined) return ENTITIES[key];
    if (key.startsWith('#x')) return String.fromCodePoint(parseInt(key.slice(2), 16) || 32);
    if (key.startsWith('#')) return String.fromCodePoint(Number(key.slice(1)) || 32);
    return m;
  });
}

export function looksLikeHtml(s: string): boolean {
  // Most tickets hold no '<' at all; finding none is cheaper than running the pattern.
  return s.includes('<') && /<(?:\/?(?:p|div|br|span|table|td|html|body|b|i|a|li|font)\b|!--)/i.test(s);
}

export function stripHtml(s: string): string {
  if (!looksLikeHtml(s)) return s;
  const out: string[] = [];
  let i = 0;
  let lower: string | null = null;
  let nextGt = -2; // cached position of the next '>' so a run of unclosed '<' stays linear
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) { out.push(s.slice(i)); break; }
    out.push(s.slice(i, lt));
    if (nextGt !== -1 && nextGt < lt) nextGt = s.indexOf('>', lt);
    if (!isTagStart(s, lt) || nextGt === -1) { out.push('<'); i = lt + 1; continue; }
    const name = tagName(s.slice(lt, Math.min(nextGt + 1, lt + 40)));
    i = nextGt + 1;
    if (name === 'script' || name === 'style') {
      lower ??= s.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? s.length : close;
      continue;
    }
    out.push(BLOCK_TAGS.has(name) ? '\n' : ' ');
  }
  return decodeEntities(out.join(''));
}
