import * as init from './001-init.js';
import * as themes from './002-themes.js';
import * as sources from './003-sources.js';
import * as standards from './004-standards.js';
import * as metrics from './005-metrics.js';
import * as metricsMonthly from './006-metrics-monthly.js';
import * as snapshotText from './007-snapshot-text.js';

/** Applied in order, each once. Never edit a released migration: add the next one. */
export const migrations: Array<{ version: number; name: string; sql: string }> = [
  { version: 1, name: 'init', sql: init.sql },
  { version: 2, name: 'themes', sql: themes.sql },
  { version: 3, name: 'sources', sql: sources.sql },
  { version: 4, name: 'standards', sql: standards.sql },
  { version: 5, name: 'metrics', sql: metrics.sql },
  { version: 6, name: 'metrics-monthly', sql: metricsMonthly.sql },
  { version: 7, name: 'snapshot-text', sql: snapshotText.sql },
];
