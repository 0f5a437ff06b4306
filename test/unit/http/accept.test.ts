import { describe, expect, it } from 'vitest';
import { negotiate, parseAccept } from '../../../src/http/accept.js';

const offers = ['application/json', 'text/markdown', 'text/html'] as const;
const pick = (accept: string | undefined) => negotiate(accept, offers);

describe('Accept negotiation', () => {
  it('no header, an empty one, or any type: the first offer (JSON)', () => {
    expect(pick(undefined)).toBe('application/json');
    expect(pick('')).toBe('application/json');
    expect(pick('*/*')).toBe('application/json');
  });

  it('q=0 refuses a type instead of asking for it', () => {
    expect(pick('text/html;q=0')).toBeNull();
    expect(pick('text/html;q=0, */*')).toBe('application/json');
    expect(pick('*/*, text/html; q=0')).toBe('application/json');
    expect(pick('text/*, text/markdown;q=0')).toBe('text/html');
    expect(pick('text/html;q=0.0, text/markdown;q=0.1')).toBe('text/markdown');
  });

  it('the highest q wins, wherever it is listed', () => {
    expect(pick('text/html;q=0.5, text/markdown')).toBe('text/markdown');
    expect(pick('application/json;q=0.2, text/html;q=0.9')).toBe('text/html');
    expect(pick('text/html;q=0.001, application/json;q=0')).toBe('text/html');
  });

  it('at equal q, what the client listed first', () => {
    expect(pick('text/markdown, text/html')).toBe('text/markdown');
    expect(pick('text/html, text/markdown')).toBe('text/html');
    expect(pick('text/html, application/json')).toBe('text/html');
  });

  it('at equal q, a type the client names beats one a wildcard lets through', () => {
    expect(pick('text/*, text/html')).toBe('text/html');
    expect(pick('*/*, text/markdown')).toBe('text/markdown');
    expect(pick('application/*, text/html')).toBe('text/html');
  });

  it('a wildcard alone lets the server choose among what it covers, in the server order', () => {
    expect(pick('text/*')).toBe('text/markdown');
    expect(pick('application/*')).toBe('application/json');
  });

  it('a browser (HTML first, then anything) gets HTML', () =>
    expect(pick('text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8')).toBe('text/html'));

  it('only types nothing here can produce: null (the caller answers 406)', () => {
    expect(pick('application/xml')).toBeNull();
    expect(pick('application/xml, text/plain;q=0.5, image/*')).toBeNull();
  });

  it('case, spaces and other parameters do not matter', () => {
    expect(pick('TEXT/Markdown ; charset=UTF-8 ; Q=0.9, application/json;q=0.5')).toBe('text/markdown');
    expect(pick('application/json; charset=utf-8')).toBe('application/json');
  });

  it('a range that does not parse is skipped; a header of nothing but those is as if absent', () => {
    expect(pick('text/html;q=2, text/markdown')).toBe('text/markdown');
    expect(pick('text/html;q=abc, application/xml')).toBeNull();
    expect(pick('html, */html')).toBe('application/json');
    expect(parseAccept('text, /html, a/b/c, */html, text/html;q=1.5, text/html;q=-1')).toEqual([]);
  });
});
