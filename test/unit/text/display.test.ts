import { describe, expect, it } from 'vitest';
import { clipName, displayName, MAX_NAME_CHARS } from '../../../src/text/display.js';
import { cleanTicketText } from '../../../src/text/clean.js';

describe('displayName', () => {
  it('drops placeholders a theme name would otherwise show', () => {
    expect(displayName('printer jam on floor <num>')).toBe('printer jam on floor');
    expect(displayName('Disk full on <host>')).toBe('Disk full');
    expect(displayName('account <user> locked out')).toBe('account locked out');
    expect(displayName('VPN drops (<ip>) since <date>')).toBe('VPN drops');
    expect(displayName('Ticket <ticket>: outlook crashes')).toBe('Ticket outlook crashes');
    expect(displayName('network outage: site down since <time> on <date>. no backup.')).toBe('network outage: site down. no backup.');
    expect(displayName('site down since <time> pm et on <date>, no backup')).toBe('site down, no backup');
  });

  it('leaves text without placeholders, error codes and comparisons alone', () => {
    expect(displayName('Outlook error 0x80070005 on start')).toBe('Outlook error 0x80070005 on start');
    expect(displayName('a < b')).toBe('a < b');
  });

  it('turns a masked ticket title into a readable name', () => {
    const t = cleanTicketText('Printer jam on floor 3', '');
    expect(t.cleanTitle).toBe('Printer jam on floor <num>');
    expect(displayName(t.cleanTitle)).toBe('Printer jam on floor');
  });

  it('returns empty for a title that was only values (callers fall back)', () => {
    expect(displayName('<ip> <num>')).toBe('');
  });

  it('names a title with a long separator run inside it (no runaway backtracking)', () => {
    // Before, 40 dashes here took hours: the trailing-separator pattern split the run every possible way.
    expect(displayName(`Backup <host> ${'-'.repeat(40)}x failed`)).toBe(`Backup ${'-'.repeat(40)}x failed`);
  });
});

describe('clipName', () => {
  it('leaves a name that fits alone', () => {
    expect(clipName('Outlook crashes on start')).toBe('Outlook crashes on start');
    expect(clipName('x'.repeat(MAX_NAME_CHARS))).toBe('x'.repeat(MAX_NAME_CHARS));
  });

  it('cuts a long name after a whole word, without a dangling preposition, and marks the cut', () => {
    const name = clipName('printer on the third floor keeps jamming when printing double sided pages from finance app in buildingtwo');
    expect([...name].length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(name).toBe('printer on the third floor keeps jamming when printing double sided pages from finance app…');
  });

  it('cuts text without spaces by characters, never inside a character', () => {
    const name = clipName('打印机'.repeat(50));
    expect([...name]).toHaveLength(MAX_NAME_CHARS);
    expect(name.endsWith('…')).toBe(true);
    expect(clipName('😀'.repeat(120)).endsWith('😀…')).toBe(true);
  });
});
