import { describe, expect, it } from 'vitest';
import { cleanTicketText } from '../../../src/text/clean.js';
import { maskText } from '../../../src/text/mask.js';
import { tokenize } from '../../../src/text/tokenize.js';

describe('cleanTicketText', () => {
  it('strips HTML, greeting, signature and disclaimer, and masks identifiers', () => {
    const r = cleanTicketText('RE: Outlook keeps asking for pwd', [
      '<p>Hi Team,</p><p>Since this morning Outlook asks for my password every 5 minutes on LT0234.</p>',
      '<p>Error 0x80070005 when syncing jane.doe@contoso.com</p>',
      '<p>Kind regards,<br>John Smith<br>Contoso Ltd | +44 20 1234 5678</p>',
      '<p>This email and any attachments are confidential and intended solely for the addressee.</p>',
    ].join(''));
    expect(r.cleanTitle).toBe('Outlook keeps asking for pwd');
    expect(r.cleanText).toBe('Since this morning Outlook asks for my password every <num> minutes on <host>. Error 0x80070005 when syncing <email>');
    expect(r.errorCodes).toEqual(['0x80070005']);
  });

  it('drops mail headers and quoted replies but keeps the problem', () => {
    const body = 'received from: monitoring@example.com\n\nhello team,\n\ni cannot log on to vpn since the update\n\nbest\n> old quoted text';
    expect(cleanTicketText('cant log in to vpn', body).cleanText).toBe('i cannot log on to vpn since the update');
  });

  it('keeps German accents and turns CJK runs into characters and bigrams', () => {
    const r = cleanTicketText('Drucker druckt nicht', 'Hallo zusammen,\nder Drucker im 2. OG hängt. 打印机无法连接\nMit freundlichen Grüßen\nMax');
    expect(r.bodyTokens).toContain('hängt');
    expect(r.bodyTokens).toEqual(expect.arrayContaining(['打印', '印机', '连接', '打', '机']));
    expect(r.cleanText).not.toContain('Max');
  });

  it('drops a Chinese mail\'s headers, greeting, sign-off and disclaimer', () => {
    const body = '发件人: 张伟\n发送时间: 2016年10月28日 9:20\n主题: VPN\n您好，\n在家里 VPN 不能连接。\n谢谢\n此致\n敬礼\n本讯息仅供指定的接收人使用，其中可能包含保密信息。';
    expect(cleanTicketText('VPN 不能连接', body).cleanText).toBe('在家里 VPN 不能连接。');
  });

  it('drops reply and forward prefixes of Chinese and Japanese mail clients too', () => {
    expect(cleanTicketText('答复: 答复：VPN 不能连接', '').cleanTitle).toBe('VPN 不能连接');
    expect(cleanTicketText('转发: printer offline', '').cleanTitle).toBe('printer offline');
    expect(cleanTicketText('RV: impresora sin conexión', '').cleanTitle).toBe('impresora sin conexión');
  });
});

describe('maskText', () => {
  it('masks variable parts and keeps error and event codes', () => {
    const { text, codes } = maskText('event id 4625 for CORP\\jdoe from 10.2.3.4:443 mac 00:1A:2B:3C:4D:5E see https://kb.example.com/x KB5034441 INC0012345 {123e4567-e89b-12d3-a456-426614174000} C:\\Users\\x\\a.pst 12/03/2024 10:22 srv-db01.corp.local');
    expect(text).toBe('event id 4625 for <user> from <ip> mac <mac> see <url> <kb> <ticket> {<guid>} <path> <date> <time> <host>');
    expect(codes).toEqual(['event 4625']);
  });

  it('masks a labelled user name but not the word after "user"', () => {
    expect(maskText('user: jsmith cannot print').text).toBe('user: <user> cannot print');
    expect(maskText('user unable to login').text).toBe('user unable to login');
  });

  it('keeps product names with versions and file names', () => {
    expect(maskText('office2016 crashes, outlook.exe hangs on win10').text).toBe('office2016 crashes, outlook.exe hangs on win10');
  });

  it('masks dates written with a month name as one date, times with am or pm, and ordinals', () => {
    const cases: Array<[string, string]> = [
      ['Backup failed on 5 May 2024 at 3pm', 'Backup failed on <date> at <time>'],
      ['failed since May 5, 2024', 'failed since <date>'],
      ['seit dem 5. Mai 2024 kein Druck', 'seit dem <date> kein Druck'],
      ['report for March 2024 missing, due the 12th of March', 'report for <date> missing, due the <date>'],
      ['Nov 12 2025 login issue on the 3rd floor', '<date> login issue on the <num> floor'],
    ];
    for (const [text, masked] of cases) expect(maskText(text).text, text).toBe(masked);
    // A month name with no number next to it, or "may" as a verb, is a word.
    expect(maskText('you may see 3 prompts in March').text).toBe('you may see <num> prompts in March');
  });
});

describe('hostile input', () => {
  it('cleans a 1 MB ticket completely (capped analysis, no stall)', () => {
    const big = 'printer offline on floor 3. '.repeat(40_000);
    const r = cleanTicketText('printer offline', big);
    expect(r.cleanText.startsWith('printer offline on floor <num>.')).toBe(true);
    expect(r.bodyTokens.length).toBeGreaterThan(100);
  });

  it('handles regex-hostile strings', () => {
    const hostile = ['1 may '.repeat(100_000) + 'x', 'may 1, '.repeat(100_000), 'a'.repeat(200_000) + '!', '<'.repeat(100_000) + 'a', `${'<a '.repeat(50_000)}`, '.'.repeat(100_000) + 'x', `${'a@'.repeat(50_000)}`, `${'1.'.repeat(80_000)}x`, ' \n'.repeat(100_000)];
    for (const s of hostile) {
      const r = cleanTicketText(s.slice(0, 1000), s);
      expect(typeof r.cleanText).toBe('string');
    }
    expect(tokenize('a'.repeat(300_000)).length).toBe(1);
  });
});

describe('web-form submissions', () => {
  const form = [
    'name: Jane Roe', 'language:', 'browser: microsoft internet explorer', 'email: jane.roe@example.com',
    'customer number:', 'summary: the drawings viewer does not open from the netweaver application',
  ].join('\n');

  it('keep what the requester wrote and drop the labels and who they are', () => {
    const c = cleanTicketText('cannot open drawings', form);
    expect(c.cleanText).toBe('the drawings viewer does not open from the netweaver application');
  });

  it('leave prose with a field-like line alone', () => {
    const c = cleanTicketText('install fails', 'Error: setup stops at 40%.\nThe installer log shows a rollback.');
    expect(c.cleanText).toMatch(/^Error: setup stops at <num>/);
  });
});

describe('machine and job names', () => {
  it('are masked in the text but lend their words to the tokens', () => {
    const c = cleanTicketText('Backup failed on SRV-SQL01', 'job sap_fin_daily3 failed on srv-sql01.corp.local');
    expect(c.cleanTitle).toBe('Backup failed on <host>');
    expect(c.titleTokens).toEqual(['backup', 'failed', 'on', '<host>', 'srv', 'sql']);
    expect(c.bodyTokens).toEqual(expect.arrayContaining(['sap', 'fin', 'daily', 'srv', 'sql']));
    expect(c.bodyTokens).not.toContain('corp');
  });
});
