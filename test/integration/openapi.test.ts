import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderOpenApi } from '../support/openapi.js';

it('the committed openapi/openapi.json matches the route schemas (run `npm run openapi`)', async () => {
  const committed = readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8');
  const current = await renderOpenApi();
  expect(JSON.parse(committed)).toEqual(JSON.parse(current));
  const doc = JSON.parse(current);
  expect(doc.paths['/v1/tickets'].post.operationId).toBe('ingestTickets');
  expect(doc.components.schemas.Ticket.example.externalId).toBe('CW-48213');
});
