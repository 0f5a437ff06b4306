import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeStream, guessEncoding } from '../../../src/ingest/import/export-encoding.js';

const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));

describe('export encoding', () => {
  it('tells a Windows-1252 export from UTF-8 by its accented letters', () => {
    expect(guessEncoding(cp1252('Betreff;Beschreibung\nDrucker fällt aus;Grüße aus München, 50 €\n'))).toBe('windows-1252');
    expect(guessEncoding(new TextEncoder().encode('Betreff;Beschreibung\nDrucker fällt aus;打印机故障\n'))).toBe('utf-8');
    expect(guessEncoding(new TextEncoder().encode('plain ascii, nothing else'))).toBe('utf-8');
  });

  it('keeps a UTF-8 file with the odd broken byte as UTF-8', () => {
    const good = new TextEncoder().encode('Grüße, schön, Straße, Übergabe, Größe ');
    expect(guessEncoding(Uint8Array.from([...good, 0xfc, 0x20]))).toBe('utf-8');
  });

  it('decodes Windows-1252 text split anywhere across chunks', async () => {
    const bytes = cp1252('Drucker fällt aus, 50 €');
    const chunks = [bytes.subarray(0, 10), bytes.subarray(10)].map((b) => Buffer.from(b));
    let text = '';
    for await (const part of Readable.from(chunks).pipe(decodeStream('windows-1252'))) text += part;
    expect(text).toBe('Drucker fällt aus, 50 €');
  });
});
