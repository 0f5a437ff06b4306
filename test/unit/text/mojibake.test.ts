import { describe, expect, it } from 'vitest';
import { cleanTicketText } from '../../../src/text/clean.js';
import { repairMojibake } from '../../../src/text/mojibake.js';

/** What a gateway does: UTF-8 bytes read as Windows-1252 (whose five unassigned bytes pass through). */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function mangle(s: string): string {
  return [...new TextEncoder().encode(s)].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b))).join('');
}

describe('repairMojibake', () => {
  it('gives back German text that a gateway decoded as Windows-1252', () => {
    expect(repairMojibake('Bitte Passwort fÃ¼r Outlook zurÃ¼cksetzen, GrÃ¼ÃŸe')).toBe('Bitte Passwort für Outlook zurücksetzen, Grüße');
  });

  it('gives back Chinese text, including bytes Windows-1252 shows as punctuation', () => {
    expect(repairMojibake('æ’¤å›ž: ticket')).toBe('撤回: ticket');
    expect(repairMojibake('é‚®ç®±è®¾ç½®')).toBe('邮箱设置');
    for (const s of ['打印机故障，无法打印', 'Привет, не работает VPN', 'ログインできません', 'Überweisung fehlgeschlagen 😀']) {
      expect(repairMojibake(mangle(s))).toBe(s);
    }
  });

  it('leaves genuine accented text and punctuation alone', () => {
    for (const s of ['café – naïve résumé', 'Straße“ gesperrt', 'Größe: 5 × 3', 'plain ascii text']) expect(repairMojibake(s)).toBe(s);
  });

  it('repairs what it can and keeps a sequence that lost a byte as it came', () => {
    // 青 is E9 9D 92; 0x9D has no Windows-1252 character and was dropped on the way.
    expect(repairMojibake('é’å²› shipment')).toBe('é’岛 shipment');
  });

  it('is linear on a long hostile string', () => {
    const s = 'Ã¼'.repeat(200_000) + 'Ã';
    const started = performance.now();
    expect(repairMojibake(s)).toBe('ü'.repeat(200_000) + 'Ã');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('cleaning repairs mojibake before it tokenises', () => {
  it('turns a mangled German title into words the stemmer knows', () => {
    expect(cleanTicketText('Drucker fÃ¤llt aus', '').titleTokens).toEqual(['drucker', 'fällt', 'aus']);
  });
});
