import { describe, expect, it } from 'vitest';
import { catalogueEntries, catalogueVersion, CatalogueError, customStandardSchema, loadCatalogue, validateStandards } from '../../../src/standards/catalogue/index.js';
import { standardCategory } from '../../../src/standards/standard-schema.js';

describe('standards catalogue', () => {
  const catalogue = loadCatalogue();

  it('ships at least 40 valid standards across every category, with a version', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(40);
    expect(new Set(catalogue.map((s) => s.category))).toEqual(new Set(standardCategory.options));
    expect(catalogueVersion).toMatch(/^\d{4}\.\d{2}\.\d+$/);
  });

  it('has unique, kebab-case ids and concrete steps and checks', () => {
    expect(new Set(catalogue.map((s) => s.id)).size).toBe(catalogue.length);
    for (const standard of catalogue) {
      expect(standard.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(standard.implementation.length).toBeGreaterThan(0);
      expect(standard.verification.length).toBeGreaterThan(0);
      expect(standard.evidence.terms.length).toBeGreaterThan(3);
    }
  });

  it('returns the same validated array on every call, so indexes can be cached on it', () => {
    expect(loadCatalogue()).toBe(catalogue);
  });

  it('names the bad entry and field when an entry is invalid', () => {
    const broken = [catalogueEntries[0], { ...catalogueEntries[1], effortHours: -2 }];
    expect(() => validateStandards(broken)).toThrow(CatalogueError);
    expect(() => validateStandards(broken)).toThrow(`#1 "${catalogueEntries[1].id}" is invalid: effortHours`);
  });

  it('rejects a duplicate id', () => {
    expect(() => validateStandards([catalogueEntries[0], catalogueEntries[0]])).toThrow(/reuses the id/);
  });

  it('accepts a tenant standard in the same shape, but not one that reuses a shipped id', () => {
    const custom = {
      id: 'acme-dictation-profile',
      title: 'Dragon dictation profiles on the file server',
      category: 'line-of-business',
      prevents: 'Dictation profiles lost or corrupted when a doctor logs on to another PC.',
      evidence: { terms: ['dragon', 'dictation profile', 'voice profile'] },
      implementation: ['Roaming Dragon profiles on FS01 with nightly backup.'],
      verification: ['A doctor opens their profile on a second PC.'],
      effortHours: 3,
    };
    const parsed = customStandardSchema.parse(custom);
    expect(parsed.evidence.errorCodes).toEqual([]);
    expect(customStandardSchema.safeParse({ ...custom, id: 'self-service-password-reset' }).success).toBe(false);
    expect(customStandardSchema.safeParse({ ...custom, id: 'Not Kebab' }).success).toBe(false);
  });
});
