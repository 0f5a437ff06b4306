import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';

describe('configuration from the environment', () => {
  it('starts with defaults on an empty environment (the embedded mode)', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: './data', ROLE: 'all', DATABASE_URL: undefined, REDIS_URL: undefined });
  });

  it('names every bad variable in one readable line', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(/^Invalid configuration: .*PORT: .*REDIS_URL: must start with redis:\/\/ or rediss:\/\/.*LOG_LEVEL: /);
    expect(() => attempt()).not.toThrow(/\n/);
  });

  it('refuses separate api and worker processes on the single-process embedded store', () => {
    expect(() => loadConfig({ ROLE: 'worker' })).toThrow(/ROLE: .*DATABASE_URL/);
    expect(loadConfig({ ROLE: 'worker', DATABASE_URL: 'postgres://db/x' }).ROLE).toBe('worker');
  });

  it('treats an empty variable as unset and rejects a short bootstrap key', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(() => loadConfig({ BOOTSTRAP_API_KEY: 'short' })).toThrow(/BOOTSTRAP_API_KEY: must be at least 16 characters/);
  });

  it('turns sentence embeddings on only for true, and names a wrong value', () => {
    expect(loadConfig({}).THEME_EMBEDDINGS).toBe(false);
    expect(loadConfig({ THEME_EMBEDDINGS: 'true' }).THEME_EMBEDDINGS).toBe(true);
    expect(() => loadConfig({ THEME_EMBEDDINGS: 'yes' })).toThrow(/THEME_EMBEDDINGS: /);
  });
});
