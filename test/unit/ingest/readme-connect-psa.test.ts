import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceKind } from '../../../src/ingest/source-kinds.js';
import { FRESHSERVICE_BODY_TEMPLATE } from '../../../src/ingest/vendors/freshservice.js';
import { SERVICENOW_BUSINESS_RULE_SCRIPT } from '../../../src/ingest/vendors/servicenow.js';
import { SYNCRO_BODY_TEMPLATE } from '../../../src/ingest/vendors/syncro.js';

const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
/** The README indents code blocks inside list items; compare line by line without the indent. */
const unindented = readme.split('\n').map((l) => l.replace(/^ {3}/, '')).join('\n');

describe('README: Connect your PSA', () => {
  it.each([
    ['Freshservice body', FRESHSERVICE_BODY_TEMPLATE],
    ['Syncro body', SYNCRO_BODY_TEMPLATE],
    ['ServiceNow business rule', SERVICENOW_BUSINESS_RULE_SCRIPT],
  ])('carries the exact %s the receiver parses', (_name, template) => {
    expect(unindented).toContain(template);
  });

  it('gives the webhook URL of every kind', () => {
    for (const kind of sourceKind.options.filter((k) => k !== 'standard-webhooks')) expect(readme).toContain(`/webhooks/${kind}/<sourceId>`);
  });
});
