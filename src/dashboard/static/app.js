// The built-in dashboard: plain DOM, hash routes, the /v1 API with the key from sessionStorage.
// Every figure comes precomputed from the API; this file only lays it out.
const KEY = 'recurrence.apiKey';
const main = document.getElementById('main');
const statusBox = document.getElementById('status');
const windowSelect = document.getElementById('window');

/** Builds an element; children are nodes or text (never parsed as HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}
const svg = (tag, attrs = {}) => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

function say(message) {
  statusBox.textContent = message;
  clearTimeout(say.timer);
  say.timer = setTimeout(() => (statusBox.textContent = ''), 4000);
}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, options = {}) {
  const res = await fetch(path, {
    ...options,
    headers: { authorization: `Bearer ${sessionStorage.getItem(KEY) ?? ''}`, ...(options.body ? { 'content-type': 'application/json' } : {}) },
  });
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.status === 401) {
    sessionStorage.removeItem(KEY);
    route();
    throw new ApiError(401, 'Signed out: the API key was not accepted');
  }
  if (!res.ok) throw new ApiError(res.status, body?.message ?? `request failed (${res.status})`);
  return body;
}

const nf = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const pct = (x) => `${nf.format(x * 100)}%`;
const days = () => Number(windowSelect.value);
const range = () => {
  const to = new Date();
  return { from: new Date(to.getTime() - days() * 86_400_000).toISOString(), to: to.toISOString() };
};
const qs = (o) => new URLSearchParams(Object.entries(o).filter(([, v]) => v !== undefined)).toString();

const arrows = { new: '✚', rising: '▲', falling: '▼', steady: '▶' };
const trend = (t) =>
  h('span', { class: `trend ${t.direction}` }, h('span', { 'aria-hidden': 'true' }, `${arrows[t.direction]} `), t.direction, t.changePct === null ? '' : ` (${t.changePct > 0 ? '+' : ''}${nf.format(t.changePct)}%)`);

function sparkline(values, label) {
  const w = 120;
  const hgt = 28;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? w / (values.length - 1) : w;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(hgt - 2 - (v / max) * (hgt - 4)).toFixed(1)}`).join(' ');
  const el = svg('svg', { class: 'spark', width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}`, role: 'img', 'aria-label': label });
  el.append(svg('polyline', { points, fill: 'none', stroke: '#0b57d0', 'stroke-width': 2 }));
  return el;
}

/** A uPlot chart that follows its container's width; a text alternative sits beside it. */
function chart(container, { series, x, height = 260, yLabel, bands }) {
  const make = () => {
    container.replaceChildren();
    const width = Math.max(280, container.clientWidth);
    const opts = {
      width,
      height,
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, max * 1.1)] }, pct: { range: () => [0, 100] } },
      axes: [{}, { label: yLabel }, ...(series.some((s) => s.scale === 'pct') ? [{ scale: 'pct', side: 1, grid: { show: false }, values: (u, vals) => vals.map((v) => `${Math.round(v)}%`) }] : [])],
      series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, fill: s.fill, scale: s.scale ?? 'y', paths: s.bars ? window.uPlot.paths.bars({ size: [0.7] }) : undefined }))],
      hooks: bands ? { draw: [bands] } : {},
    };
    new window.uPlot(opts, [x, ...series.map((s) => s.values)], container);
  };
  make();
  let last = container.clientWidth;
  new ResizeObserver(() => {
    if (Math.abs(container.clientWidth - last) > 20) {
      last = container.clientWidth;
      make();
    }
  }).observe(container);
}
const toEpoch = (d) => Date.parse(d.length === 10 ? `${d}T00:00:00Z` : d) / 1000;

// ---- pages ----

function signIn(message) {
  document.getElementById('nav').hidden = true;
  document.getElementById('tools').hidden = true;
  const input = h('input', { id: 'apikey', name: 'apikey', type: 'password', autocomplete: 'off', required: true, 'aria-describedby': 'apikey-help' });
  const error = h('p', { class: 'error', role: 'alert' }, message ?? '');
  const form = h(
    'form',
    {
      class: 'panel signin',
      onsubmit: async (e) => {
        e.preventDefault();
        sessionStorage.setItem(KEY, input.value.trim());
        try {
          await api(`/v1/metrics/summary?limit=1`);
          route();
        } catch (err) {
          // A 401 has already shown a fresh form; show it again with the reason.
          signIn(err.status === 401 ? 'That API key was not accepted.' : err.message);
        }
      },
    },
    h('h1', {}, 'Sign in'),
    h('label', { for: 'apikey' }, 'API key'),
    input,
    h('p', { id: 'apikey-help', class: 'muted' }, 'Kept for this browser tab only, and sent to this service as a Bearer token.'),
    error,
    h('button', { type: 'submit' }, 'Sign in'),
  );
  main.replaceChildren(form);
  input.focus();
}

async function overview() {
  const r = range();
  const interval = days() > 120 ? 'week' : days() > 45 ? 'week' : 'day';
  const [summary, series] = await Promise.all([api(`/v1/metrics/summary?${qs({ ...r, limit: 15 })}`), api(`/v1/metrics/recurrence?${qs({ ...r, interval })}`)]);
  const t = summary.totals;
  const kpi = (label, value, sub) => h('div', { class: 'kpi' }, h('dt', {}, label), h('dd', {}, value, sub ? h('span', { class: 'sub' }, sub) : null));
  const chartBox = h('div', { class: 'chart', role: 'img', 'aria-label': 'Tickets per bucket and the share of them that recurred' });
  const points = series.series[0]?.points ?? [];
  // Find a theme by a word of its name, terms or error codes (the top themes table shows 15).
  const searchInput = h('input', { id: 'theme-search', name: 'q', type: 'search', maxlength: 200, size: 30, placeholder: 'vpn, printer, 0x80070005' });
  const found = h('ul', { class: 'found', 'aria-live': 'polite', 'aria-label': 'Themes found' });
  const search = h('form', { class: 'form-row', role: 'search', onsubmit: async (e) => {
    e.preventDefault();
    const q = searchInput.value.trim();
    if (!q) return found.replaceChildren();
    const result = await act(() => api(`/v1/themes?${qs({ ...r, q, limit: 20 })}`), null);
    if (!result) return;
    found.replaceChildren(...(result.items.length === 0 ? [h('li', { class: 'muted' }, `No theme mentions “${q}” in this window.`)]
      : result.items.map((t) => h('li', {}, h('a', { href: `#/themes/${encodeURIComponent(t.id)}` }, t.name), ' ', h('span', { class: 'muted' }, `${nf.format(t.ticketCount)} tickets, ${t.trend.direction}`)))));
  } }, h('label', { for: 'theme-search' }, 'Find a theme', searchInput), h('button', { type: 'submit', class: 'secondary' }, 'Search'));
  main.replaceChildren(
    h('h1', {}, 'Which problems keep coming back'),
    search, found,
    h(
      'dl',
      { class: 'kpis' },
      kpi('Tickets', nf.format(t.tickets), t.changePct === null ? 'no tickets in the window before' : `${t.changePct > 0 ? '+' : ''}${nf.format(t.changePct)}% vs the window before`),
      kpi('Recurring', pct(t.recurringShare), `${nf.format(t.recurring)} tickets whose theme came back within 30 days`),
      kpi('Repeat tickets', nf.format(t.repeatTickets), 'same device or person within 30 days'),
      kpi('Hours spent', nf.format(t.hours)),
      kpi('Mean time to resolve', t.mttrHours === null ? '—' : `${nf.format(t.mttrHours)} h`),
    ),
    h('section', { class: 'panel', 'aria-labelledby': 'share-h' }, h('h2', { id: 'share-h' }, `Recurring share over time (per ${interval})`), chartBox,
      h('p', { class: 'visually-hidden' }, points.map((p) => `${p.start}: ${p.tickets} tickets, ${pct(p.recurringShare)} recurring.`).join(' '))),
    h('div', { class: 'grid', style: 'margin-top:1.25rem' }, themesTable(summary.themes), clientsTable(summary.clients)),
  );
  chart(chartBox, {
    x: points.map((p) => toEpoch(p.start)),
    yLabel: 'Tickets',
    series: [
      { label: 'Tickets', values: points.map((p) => p.tickets), color: '#8fa8d8', fill: 'rgba(143,168,216,.35)', bars: true },
      { label: 'Recurring %', values: points.map((p) => Math.round(p.recurringShare * 1000) / 10), color: '#b3261e', scale: 'pct' },
    ],
  });
}

function themesTable(themes) {
  return h(
    'section',
    { class: 'panel' },
    h(
      'table',
      {},
      h('caption', {}, 'Top themes'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Theme'), h('th', { scope: 'col', class: 'num' }, 'Tickets'), h('th', { scope: 'col', class: 'num' }, 'Recurring'), h('th', { scope: 'col' }, '12 weeks'), h('th', { scope: 'col' }, 'Trend'))),
      h(
        'tbody',
        {},
        themes.length === 0 ? h('tr', {}, h('td', { colspan: 5 }, 'No tickets in this window.')) : null,
        themes.map((t) =>
          h('tr', {}, h('th', { scope: 'row' }, h('a', { href: `#/themes/${encodeURIComponent(t.key)}` }, t.label)), h('td', { class: 'num' }, nf.format(t.tickets)), h('td', { class: 'num' }, pct(t.recurringShare)),
            h('td', {}, sparkline(t.sparkline, `Weekly tickets, last 12 weeks: ${t.sparkline.join(', ')}`)), h('td', {}, trend(t))),
        ),
      ),
    ),
  );
}

function clientsTable(clients) {
  const max = Math.max(1, ...clients.map((c) => c.recurring));
  return h(
    'section',
    { class: 'panel' },
    h(
      'table',
      {},
      h('caption', {}, 'Clients ranked by noise'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Client'), h('th', { scope: 'col', class: 'num' }, 'Recurring'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Relative'), ''), h('th', { scope: 'col', class: 'num' }, 'Tickets'), h('th', { scope: 'col', class: 'num' }, 'Repeat'), h('th', { scope: 'col', class: 'num' }, 'Hours'))),
      h(
        'tbody',
        {},
        clients.slice(0, 15).map((c) =>
          h('tr', {}, h('th', { scope: 'row' }, c.label), h('td', { class: 'num' }, nf.format(c.recurring)),
            h('td', { style: 'width:25%' }, h('div', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: `width:${(100 * c.recurring) / max}%` }))),
            h('td', { class: 'num' }, nf.format(c.tickets)), h('td', { class: 'num' }, nf.format(c.repeatTickets)), h('td', { class: 'num' }, nf.format(c.hours))),
        ),
      ),
    ),
  );
}

async function themePage(id) {
  const r = range();
  const [theme, others, tickets] = await Promise.all([
    api(`/v1/themes/${encodeURIComponent(id)}?${qs(r)}`),
    api(`/v1/themes?limit=100&${qs(r)}`),
    api(`/v1/themes/${encodeURIComponent(id)}/tickets?limit=50&${qs(r)}`),
  ]);
  if (theme.id !== id) location.replace(`#/themes/${encodeURIComponent(theme.id)}`);
  const nameInput = h('input', { id: 'theme-name', name: 'name', value: theme.name, maxlength: 300, required: true, size: 40 });
  const target = h('select', { id: 'merge-into', name: 'into' }, h('option', { value: '' }, 'Choose a theme…'), others.items.filter((o) => o.id !== theme.id).map((o) => h('option', { value: o.id }, `${o.name} (${o.ticketCount})`)));
  const chartBox = h('div', { class: 'chart', role: 'img', 'aria-label': `Tickets per day in ${theme.name}` });
  // Two problems in one theme: the engineer ticks one problem's tickets and splits them off.
  const splitName = h('input', { id: 'split-name', name: 'name', maxlength: 300, size: 30, placeholder: 'after the first ticket' });
  const splitForm = h('form', { class: 'split', onsubmit: async (e) => {
    e.preventDefault();
    const ticketIds = [...splitForm.querySelectorAll('input[name="ticket"]:checked')].map((box) => box.value);
    if (ticketIds.length === 0) return say('Tick the tickets to split off');
    const name = splitName.value.trim();
    const created = await act(() => api(`/v1/themes/${encodeURIComponent(theme.id)}/split`, { method: 'POST', body: JSON.stringify({ ticketIds, ...(name ? { name } : {}) }) }), 'Split off into a new theme');
    if (created) location.hash = `#/themes/${encodeURIComponent(created.id)}`;
  } },
  h('fieldset', {}, h('legend', {}, `Latest ${tickets.items.length} of ${nf.format(theme.ticketCount)} tickets`),
    h('ul', { class: 'ticks' }, tickets.items.map((t) => h('li', {}, h('label', {}, h('input', { type: 'checkbox', name: 'ticket', value: t.id }), ' ', t.title, ' ',
      h('span', { class: 'muted' }, `(${t.createdAt.slice(0, 10)}${t.clientId ? `, ${t.clientId}` : ''})`)))))),
  h('div', { class: 'form-row' }, h('label', { for: 'split-name' }, 'New theme name', splitName), h('button', { type: 'submit', class: 'secondary' }, 'Split off ticked tickets')));
  const bucketTable = (caption, rows, what) =>
    h('section', { class: 'panel' }, h('table', {}, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, what), h('th', { scope: 'col', class: 'num' }, 'Tickets'), h('th', { scope: 'col', class: 'num' }, 'Hours'))),
      h('tbody', {}, rows.length === 0 ? h('tr', {}, h('td', { colspan: 3 }, 'None recorded.')) : null,
        rows.map((b) => h('tr', {}, h('th', { scope: 'row' }, b.name ?? b.id ?? '(none)'), h('td', { class: 'num' }, nf.format(b.tickets)), h('td', { class: 'num' }, nf.format(b.hours)))))));
  main.replaceChildren(
    h('p', {}, h('a', { href: '#/' }, '← Overview')),
    h('h1', { id: 'theme-title' }, theme.name),
    // An error code is often a top term too: each chip once.
    h('ul', { class: 'chips', 'aria-label': 'Top terms' }, [...new Set([...theme.terms, ...theme.errorCodes])].map((term) => h('li', {}, term))),
    h('dl', { class: 'kpis' },
      [['Tickets', theme.ticketCount], ['Events (floods count once)', theme.eventCount], ['Clients', theme.clientCount], ['Devices', theme.deviceCount], ['Hours', theme.hours]].map(([k, v]) => h('div', { class: 'kpi' }, h('dt', {}, k), h('dd', {}, nf.format(v)))),
      h('div', { class: 'kpi' }, h('dt', {}, 'Last 30 days'), h('dd', {}, trend({ direction: theme.trend.direction, changePct: null }), h('span', { class: 'sub' }, `${theme.trend.last30Days} vs ${theme.trend.previous30Days} the 30 days before`)))),
    h('section', { class: 'panel' }, h('h2', {}, 'Tickets per day'), chartBox),
    h('div', { class: 'grid', style: 'margin-top:1.25rem' },
      bucketTable('Clients', theme.clients, 'Client'),
      bucketTable('Devices', theme.devices, 'Device'),
      h('section', { class: 'panel' }, h('h2', {}, 'Example tickets'), h('ul', {}, theme.representativeTickets.map((t) => h('li', {}, t.title, ' ', h('span', { class: 'muted' }, `(${t.createdAt.slice(0, 10)}${t.clientId ? `, ${t.clientId}` : ''})`))))),
      h('section', { class: 'panel' }, h('h2', {}, 'Edit'),
        h('form', { class: 'form-row', onsubmit: async (e) => {
          e.preventDefault();
          const updated = await act(() => api(`/v1/themes/${encodeURIComponent(theme.id)}`, { method: 'PATCH', body: JSON.stringify({ name: nameInput.value.trim() }) }), 'Renamed');
          if (updated) document.getElementById('theme-title').textContent = updated.name;
        } }, h('label', { for: 'theme-name' }, 'Name', nameInput), h('button', { type: 'submit' }, 'Rename')),
        h('form', { class: 'form-row', onsubmit: async (e) => {
          e.preventDefault();
          if (!target.value) return say('Choose the theme to merge into');
          const merged = await act(() => api(`/v1/themes/${encodeURIComponent(theme.id)}/merge`, { method: 'POST', body: JSON.stringify({ into: target.value }) }), 'Merged');
          if (merged) location.hash = `#/themes/${encodeURIComponent(merged.id)}`;
        } }, h('label', { for: 'merge-into' }, 'Merge this theme into', target), h('button', { type: 'submit', class: 'secondary' }, 'Merge'))),
    ),
    h('section', { class: 'panel', style: 'margin-top:1.25rem' }, h('h2', {}, 'Tickets'), h('p', { class: 'muted' }, 'Two problems in one theme? Tick one problem’s tickets and split them off into a theme of their own; consolidation keeps them there.'), splitForm),
  );
  chart(chartBox, { x: theme.daily.map((d) => toEpoch(d.date)), yLabel: 'Tickets', series: [{ label: 'Tickets', values: theme.daily.map((d) => d.tickets), color: '#0b57d0', fill: 'rgba(11,87,208,.25)', bars: true }] });
}

async function act(fn, done) {
  try {
    const result = await fn();
    say(done);
    return result;
  } catch (err) {
    say(err.message);
    return null;
  }
}

const verdictText = { reduced: 'Reduced', no_clear_change: 'No clear change', worse: 'Worse', insufficient_data: 'Not enough data yet' };

async function suggestionsPage() {
  const list = await api('/v1/suggestions?limit=50');
  const cards = list.items.map((s) => suggestionCard(s));
  main.replaceChildren(h('h1', {}, 'Standards to change, most valuable first'), list.items.length === 0 ? h('p', {}, 'No suggestions yet: they appear once themes have enough tickets.') : h('div', { class: 'cards' }, cards));
  for (const [i, s] of list.items.entries()) if (s.status === 'implemented') effect(s, cards[i]);
}

function suggestionCard(s) {
  const id = `s-${s.id}`;
  const when = h('input', { type: 'date', id: `${id}-date`, value: new Date().toISOString().slice(0, 10) });
  const move = (status, extra = {}) => async () => {
    const updated = await act(() => api(`/v1/suggestions/${encodeURIComponent(s.id)}`, { method: 'PATCH', body: JSON.stringify({ status, ...extra }) }), `Marked ${status}`);
    if (!updated) return;
    const card = suggestionCard(updated);
    article.replaceWith(card);
    card.querySelector('h2').focus();
    if (updated.status === 'implemented') effect(updated, card);
  };
  const buttons = [];
  if (s.status === 'proposed' || s.status === 'rejected') buttons.push(h('button', { type: 'button', onclick: move('accepted') }, 'Accept'));
  if (s.status === 'proposed' || s.status === 'accepted') buttons.push(h('button', { type: 'button', class: 'danger', onclick: move('rejected') }, 'Reject'));
  if (s.status === 'accepted' || s.status === 'proposed') {
    buttons.push(h('label', { for: `${id}-date` }, 'Implemented on ', when), h('button', { type: 'button', class: 'secondary', onclick: () => move('implemented', { implementedAt: new Date(`${when.value}T00:00:00Z`).toISOString() })() }, 'Mark implemented'));
  }
  const ev = s.evidence;
  const article = h(
    'article',
    { class: 'card', 'aria-labelledby': `${id}-h`, 'data-status': s.status },
    h('header', {}, h('h2', { id: `${id}-h`, tabindex: '-1' }, s.title), h('span', { class: `badge ${s.status}` }, s.status), h('span', { class: 'score' }, `score ${nf.format(s.score)}`)),
    h('p', {}, s.summary),
    h('ul', { class: 'facts', 'aria-label': 'Evidence' },
      h('li', {}, `${nf.format(ev.tickets)} tickets`), h('li', {}, `${nf.format(ev.hours)} hours`), h('li', {}, `${ev.clientIds.length} clients`), h('li', {}, `${nf.format(ev.devices)} devices`),
      h('li', {}, `saves ~${nf.format(s.estimate.ticketsPerYear)} tickets and ${nf.format(s.estimate.hoursPerYear)} hours a year`)),
    h('p', {}, 'Themes: ', ev.themes.map((t, i) => [i ? ', ' : '', h('a', { href: `#/themes/${encodeURIComponent(t.id)}` }, `${t.name} (${t.ticketCount})`)])),
    buttons.length ? h('div', { class: 'actions' }, buttons) : null,
    h('div', { class: 'effect' }),
  );
  return article;
}

async function effect(s, card) {
  const box = card.querySelector('.effect');
  try {
    const e = await api(`/v1/suggestions/${encodeURIComponent(s.id)}/effect`);
    const chartBox = h('div', { class: 'chart', role: 'img', 'aria-label': `Weekly tickets of the themes before and after ${e.implementedAt.slice(0, 10)}` });
    box.replaceChildren(h('h3', {}, 'Proof of effect'), h('p', {}, h('span', { class: 'verdict' }, `${verdictText[e.verdict] ?? e.verdict}: `), e.sentence), chartBox);
    const weekly = e.weekly ?? e.series ?? [];
    const at = toEpoch(e.implementedAt);
    chart(chartBox, {
      height: 200,
      x: weekly.map((w) => toEpoch(w.weekStart ?? w.start)),
      yLabel: 'Tickets a week',
      series: [{ label: 'Tickets a week', values: weekly.map((w) => w.events ?? w.tickets), color: '#146c2e', fill: 'rgba(20,108,46,.2)' }],
      bands: (u) => {
        const x = u.valToPos(at, 'x', true);
        const ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = '#b3261e';
        ctx.setLineDash([6, 4]);
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
        ctx.restore();
      },
    });
  } catch (err) {
    box.replaceChildren(h('p', { class: 'muted' }, `Proof of effect: ${err.message}`));
  }
}

// ---- routing ----

async function route() {
  if (!sessionStorage.getItem(KEY)) return signIn();
  document.getElementById('nav').hidden = false;
  document.getElementById('tools').hidden = false;
  const hash = location.hash.replace(/^#/, '') || '/';
  const theme = /^\/themes\/(.+)$/.exec(hash);
  const page = theme ? 'theme' : hash === '/suggestions' ? 'suggestions' : 'overview';
  for (const a of document.querySelectorAll('[data-nav]')) a.toggleAttribute('aria-current', a.dataset.nav === page) && a.setAttribute('aria-current', 'page');
  document.title = `${page === 'theme' ? 'Theme' : page === 'suggestions' ? 'Suggestions' : 'Overview'} · Recurrence`;
  main.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  main.setAttribute('aria-busy', 'true');
  try {
    if (theme) await themePage(decodeURIComponent(theme[1]));
    else if (page === 'suggestions') await suggestionsPage();
    else await overview();
  } catch (err) {
    if (err.status !== 401) main.replaceChildren(h('h1', {}, 'Something went wrong'), h('p', { class: 'error' }, err.message));
  } finally {
    main.removeAttribute('aria-busy');
    main.dataset.page = page;
  }
}

document.getElementById('signout').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  location.hash = '#/';
  route();
});
windowSelect.addEventListener('change', route);
window.addEventListener('hashchange', () => {
  route().then(() => main.focus());
});
route();
