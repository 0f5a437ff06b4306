import { describe, expect, it } from 'vitest';
import { ThemeEngine } from '../../../src/themes/engine/index.js';
import { passwordTickets, printerTickets, ticket, vpnTickets } from './fixtures.js';

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

  it('labels themes with surface words, never stemmed stubs', () => {
    const engine = new ThemeEngine();
    const id = printerTickets().map((t) => engine.assign(t))[0];
    const terms = engine.theme(id)!.terms;
    expect(terms).toContain('printer');
    expect(terms.some((t) => ['queu', 'offlin', 'print'].includes(t))).toBe(false);
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
