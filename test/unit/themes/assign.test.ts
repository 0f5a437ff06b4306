import { describe, expect, it } from 'vitest';
import { ThemeEngine } from '../../../src/themes/engine/index.js';
import { noDecisions, passwordTickets, printerTickets, ticket, vpnTickets } from './fixtures.js';

describe('streaming assignment', () => {
  it('groups obvious duplicates and separates different causes', () => {
    const engine = new ThemeEngine();
    const printers = printerTickets().map((t) => engine.assign(t));
    const passwords = passwordTickets().map((t) => engine.assign(t));
    const vpn = vpnTickets().map((t) => engine.assign(t));
    expect(new Set(printers).size).toBe(1);
    expect(new Set(passwords).size).toBe(1);
    expect(new Set(vpn).size).toBe(1);
    expect(new Set([printers[0], passwords[0], vpn[0]]).size).toBe(3);
  });

  it('groups alerts by template even when hosts, jobs and dates differ', () => {
    const engine = new ThemeEngine();
    const body = 'received from: monitoring@example.com\n\nautomatic alert';
    const ids = [
      ticket('CRITICAL: disk C: on SRV-DB01 is 97% full', body),
      ticket('CRITICAL: disk C: on SRV-APP07 is 91% full', body),
      ticket('CRITICAL: disk D: on FS0042 is 99% full', body),
    ].map((t) => { expect(t.kind).toBe('alert'); return engine.assign(t); });
    const other = engine.assign(ticket('Backup job Nightly-SQL failed on SRV-DB01 at 02:00', body));
    expect(new Set(ids).size).toBe(1);
    expect(other).not.toBe(ids[0]);
    expect(engine.theme(ids[0])?.template).toContain('<*>');
  });

  it('recognises a disk-space status line as an alert without a monitoring sender', () => {
    // The usual RMM wording: a machine, a volume and how full it is, pasted in by a forwarding rule.
    const disk = ticket('srv-fs01: volume: c:\\ label:sys-srv-fs01 94ef9088 is over 85% space consumed. space available: 2.7 g', '');
    const person = ticket('my laptop says the disk space is almost used up', 'can you help me free some space?');
    expect(disk.kind).toBe('alert');
    expect(person.kind).toBe('human');
  });

  it('gives a recurring alert subject its own theme and keeps one-off subjects together', () => {
    const engine = new ThemeEngine();
    const body = 'received from: monitoring@example.com\n\nautomatic alert';
    const job = (name: string, day: number) => ticket(`job ${name} failed in job_scheduler at: 10/${day}/2016 05:00:00`, body);
    const tickets = [
      ...[1, 2, 3, 4].map((d) => job('Job_1424', d)),
      ...['Job_0007', 'Job_2981', 'Job_3310'].map((name, i) => job(name, 10 + i)),
      ...[5, 6, 7].map((d) => job('hr_payroll_na_u6', d)),
    ];
    const rows = tickets.map((t) => ({ ticket: t, themeId: engine.assign(t) }));
    // Streaming already separates a subject once it recurs; consolidation also moves its first alerts.
    expect(rows[9].themeId).not.toBe(rows[0].themeId);
    const { assignments } = engine.consolidate(rows, noDecisions());
    const themeOf = (from: number, to: number) => new Set(tickets.slice(from, to).map((t) => assignments.get(t.id)));
    expect(themeOf(0, 4).size).toBe(1);
    expect(themeOf(4, 7).size).toBe(1);
    expect(themeOf(7, 10).size).toBe(1);
    expect(new Set([...themeOf(0, 4), ...themeOf(4, 7), ...themeOf(7, 10)]).size).toBe(3);
    expect(engine.theme(assignments.get(tickets[9].id)!)?.template).toContain('hr_payroll_na_u6');
    expect(engine.theme(assignments.get(tickets[4].id)!)?.template).toContain('<*>');
  });

  it('does not let a generalised alert template swallow a different alert of the same shape', () => {
    const engine = new ThemeEngine();
    const body = 'received from: monitoring@example.com';
    const a = ['Job_1 failed on host alpha', 'Job_2 failed on host beta', 'Job_3 failed on host gamma'].map((t) => engine.assign(ticket(`job ${t}`, body)));
    const other = engine.assign(ticket('job queue restarted by operator after patching', body));
    expect(new Set(a).size).toBe(1);
    expect(other).not.toBe(a[0]);
  });

  it('labels themes with surface words, never stemmed stubs', () => {
    const engine = new ThemeEngine();
    const id = printerTickets().map((t) => engine.assign(t))[0];
    const terms = engine.theme(id)!.terms;
    expect(terms).toContain('printer');
    expect(terms.some((t) => ['queu', 'offlin', 'print'].includes(t))).toBe(false);
  });

  it('shows a word once in a label even when two stems share it (English and German "FortiClient")', () => {
    const engine = new ThemeEngine();
    const en = ['FortiClient VPN keeps disconnecting', 'FortiClient VPN disconnects during calls'].map((t) => ticket(t, 'the FortiClient VPN connection drops'));
    const de = ['FortiClient Verbindung bricht ständig ab', 'FortiClient VPN trennt die Verbindung'].map((t) => ticket(t, 'die FortiClient VPN Verbindung bricht ab'));
    const rows = [...en, ...de].map((t) => ({ ticket: t, themeId: engine.assign(t) }));
    for (const r of rows.slice(1)) if (engine.resolve(r.themeId) !== engine.resolve(rows[0].themeId)) engine.mergeThemes(r.themeId, rows[0].themeId);
    const id = engine.resolve(rows[0].themeId)!;
    const once = (terms: string[]) => expect(terms.filter((t) => t.toLowerCase() === 'forticlient')).toHaveLength(1);
    once(engine.theme(id)!.terms);
    const decisions = { ...noDecisions(), ticketThemes: new Map(rows.map((r) => [r.ticket.id, id])) };
    const result = engine.consolidate(rows.map((r) => ({ ...r, themeId: id })), decisions);
    const view = result.themes.find((v) => v.id === id)!;
    once(view.terms);
    expect(view.terms).toHaveLength(5);
  });

  it('leaves months and weekdays out of labels: they date tickets, not name the problem', () => {
    const engine = new ThemeEngine();
    const tickets = ['March', 'March', 'April', 'March'].map((m) => ticket(`JDE slowdown ${m}`, `JDE slow since Monday, ${m} close late, Monday again`));
    const ids = tickets.map((t) => engine.assign(t));
    expect(new Set(ids).size).toBe(1);
    const consolidated = engine.consolidate(tickets.map((t, i) => ({ ticket: t, themeId: ids[i] })), noDecisions()).themes[0];
    for (const terms of [engine.theme(ids[0])!.terms, consolidated.terms].map((list) => list.map((t) => t.toLowerCase()))) {
      expect(terms).toContain('slowdown');
      for (const word of ['march', 'april', 'monday']) expect(terms).not.toContain(word);
    }
  });

  it('lets a German and an English ticket about one problem share its words, labelled as the theme writes them', () => {
    const engine = new ThemeEngine();
    const de = ticket('Drucker druckt nicht mehr', 'Der Drucker im Büro zeigt Treiberfehler, seit dem Update druckt er nicht mehr.');
    const en = ticket('Printer not printing', 'The office printer shows a driver error since the update and does not print.');
    expect(de.title).toContain(en.title.find((t) => t.startsWith('printer')));
    const theme = engine.assign(de);
    expect(engine.assign(en)).toBe(theme);
    const german = ticket('Drucker offline', 'Der Drucker ist offline seit dem Update.');
    expect(engine.assign(german)).toBe(theme);
    expect(engine.theme(theme)!.terms).toContain('drucker');
    // English words German tickets use as they are keep their English stem.
    expect(ticket('Server nicht erreichbar', 'Der Server antwortet nicht').title).toContain(ticket('Server unreachable').title[0]);
  });

  it('hands out unique ids that are never reused after a merge', () => {
    const engine = new ThemeEngine();
    const a = engine.assign(printerTickets()[0]);
    const b = engine.assign(vpnTickets()[0]);
    engine.mergeThemes(b, a);
    const c = engine.assign(passwordTickets()[0]);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(engine.theme(b)?.id).toBe(a);
  });
});
