import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../src/ingest/import/sniff-delimiter.js';

describe('sniffDelimiter', () => {
  it('reads the delimiter from the header line', () => {
    expect(sniffDelimiter('id,title,description')).toBe(',');
    expect(sniffDelimiter('Ticket-Nr.;Betreff;Beschreibung;Firma')).toBe(';');
    expect(sniffDelimiter('id\ttitle\tbody')).toBe('\t');
    expect(sniffDelimiter('id|title|body')).toBe('|');
  });

  it('ignores delimiters inside quoted column names and falls back to a comma', () => {
    expect(sniffDelimiter('"Summary; short";"Notes, long"')).toBe(';');
    expect(sniffDelimiter('"a,b,c";d;e')).toBe(';');
    expect(sniffDelimiter('title')).toBe(',');
  });
});
