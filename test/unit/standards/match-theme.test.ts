import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/standards/catalogue/index.js';
import { buildMatchIndex } from '../../../src/standards/match-index.js';
import { matchTheme, MIN_CONFIDENCE } from '../../../src/standards/match-theme.js';
import type { ThemeEvidence } from '../../../src/standards/theme-types.js';

const catalogue = loadCatalogue();
const theme = (over: Partial<ThemeEvidence>): ThemeEvidence => ({
  id: 'theme-1', name: '', terms: [], errorCodes: [], template: null, categories: [], sampleTitles: [], ticketCount: 10, ...over,
});
const best = (t: ThemeEvidence) => matchTheme(t, catalogue)[0];

describe('matchTheme', () => {
  it('matches expired passwords, in English and German, to self-service password reset', () => {
    const english = best(theme({ name: 'Password expired', terms: ['passwords', 'expired', 'reset'], sampleTitles: ['My password expired'] }));
    const german = best(theme({ name: 'Kennwort abgelaufen', terms: ['kennwort', 'abgelaufen', 'zurücksetzen'], sampleTitles: ['Passwort abgelaufen'] }));
    expect(english.standardId).toBe('self-service-password-reset');
    expect(german.standardId).toBe('self-service-password-reset');
    expect(english.reasons).toContain('terms: passwords, expired, reset');
  });

  it('treats "Drucker" as a printer', () => {
    const match = best(theme({ name: 'Drucker druckt nicht', terms: ['drucker', 'warteschlange', 'druckauftrag'], sampleTitles: ['Druckauftrag hängt'] }));
    expect(match.standardId).toBe('print-driver-standardisation');
  });

  it('lets an error code outweigh generic words: 0x80070070 is a full disk, not a patching problem', () => {
    const matches = matchTheme(theme({ name: 'Windows update failed', terms: ['windows', 'update', 'failed'], errorCodes: ['0x80070070'] }), catalogue);
    expect(matches[0].standardId).toBe('disk-space-storage-sense');
    expect(matches[0].reasons).toContain('error code 0x80070070');
    expect(matches.map((m) => m.standardId)).toContain('windows-update-rings');
  });

  it('finds codes in sample titles and reads a bare event number', () => {
    expect(best(theme({ name: 'Account problem', sampleTitles: ['Security log: Event ID 4740 for user'] })).standardId).toBe('account-lockout-policy');
    expect(best(theme({ name: 'Account problem', errorCodes: ['4740'] })).standardId).toBe('account-lockout-policy');
  });

  it('gives an alert template full weight only when it is the theme\'s template', () => {
    const alert = best(theme({ name: 'Backup job failed', terms: ['backup', 'job'], template: 'Backup job <*> failed on <*>' }));
    const human = best(theme({ name: 'Backup job failed', terms: ['backup', 'job'], sampleTitles: ['backup job failed'] }));
    expect(alert.standardId).toBe('backup-monitoring');
    expect(alert.reasons).toContain('alert template "backup job failed"');
    expect(alert.confidence).toBeGreaterThan(human.confidence);
  });

  it('returns nothing for a theme no standard addresses', () => {
    expect(matchTheme(theme({ name: 'Coffee machine broken', terms: ['coffee', 'machine', 'kitchen'] }), catalogue)).toEqual([]);
  });

  it('keeps only matches above the minimum confidence, best first, all within 0..1', () => {
    const matches = matchTheme(theme({ name: 'Outlook slow and mailbox full', terms: ['outlook', 'mailbox', 'full', 'slow', 'ost'] }), catalogue);
    expect(matches.length).toBeGreaterThan(1);
    for (const m of matches) expect(m.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    for (const m of matches) expect(m.confidence).toBeLessThanOrEqual(1);
    expect(matches.map((m) => m.confidence)).toEqual([...matches.map((m) => m.confidence)].sort((a, b) => b - a));
    expect(matchTheme(theme({ terms: ['outlook'] }), catalogue, { minConfidence: 0.99 })).toEqual([]);
  });

  it('does not count one word twice because the catalogue has it in two languages', () => {
    const one = best(theme({ terms: ['printer', 'offline'] }));
    const both = best(theme({ terms: ['printer', 'drucker', 'offline'] }));
    expect(both.confidence).toBe(one.confidence);
  });

  it('gives the same answers from a prebuilt index, including a tenant\'s own standard', () => {
    const custom = {
      ...catalogue[0],
      id: 'acme-dictation-profile',
      title: 'Roaming Dragon dictation profiles',
      evidence: { terms: ['dragon', 'dictation', 'voice profile'], errorCodes: [], templates: [], categories: [] },
    };
    const index = buildMatchIndex([...catalogue, custom]);
    const t = theme({ name: 'Dragon dictation profile corrupt', terms: ['dragon', 'dictation', 'profile'] });
    expect(matchTheme(t, index)[0].standardId).toBe('acme-dictation-profile');
    const passwords = theme({ terms: ['password', 'expired'] });
    expect(matchTheme(passwords, index)[0].standardId).toBe(matchTheme(passwords, catalogue)[0].standardId);
  });
});
