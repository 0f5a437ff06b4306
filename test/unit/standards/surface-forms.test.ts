import { describe, expect, it } from 'vitest';
import { canonicalCode, codesInText, conceptKeys, stem } from '../../../src/standards/surface-forms.js';

describe('surface forms', () => {
  it('maps plurals and inflections onto one key', () => {
    expect(stem('passwords')).toBe(stem('password'));
    expect(stem('expired')).toBe(stem('expires'));
    expect(stem('expiring')).toBe(stem('expire'));
    expect(stem('policies')).toBe('policy');
  });

  it('maps German words and synonyms onto English concepts, accents folded', () => {
    expect(conceptKeys('Drucker')).toEqual(conceptKeys('printer'));
    expect(conceptKeys('printing')).toEqual(conceptKeys('printer'));
    expect(conceptKeys('Kennwörter abgelaufen')).toEqual(conceptKeys('passwords expired'));
    expect(conceptKeys('Festplatte voll')).toEqual(conceptKeys('disk full'));
  });

  it('drops stop words in both languages', () => {
    expect(conceptKeys('The printer is not working')).toEqual(['printer']);
    expect(conceptKeys('Der Drucker geht nicht')).toEqual(['printer']);
  });

  it('writes error codes and event ids one way', () => {
    expect(canonicalCode('0x80070070')).toBe(canonicalCode('80070070'));
    expect(canonicalCode('0X80070070')).toBe('80070070');
    expect(canonicalCode('Event ID 4740')).toBe('event4740');
    expect(canonicalCode('event 4740')).toBe('event4740');
    expect(canonicalCode('Fehler 1603')).toBe(canonicalCode('error 1603'));
    expect(canonicalCode('code 809')).toBe(canonicalCode('Error 809'));
    expect(canonicalCode('NET::ERR_CERT_DATE_INVALID')).toBe(canonicalCode('err_cert_date_invalid'));
  });

  it('finds codes inside free text', () => {
    expect(codesInText('Windows update failed with 0x80070070 again, see event id 4740')).toEqual(['80070070', 'event4740']);
  });
});
