import { writeFileSync } from 'node:fs';
import { renderOpenApi } from '../test/support/openapi.js';

/** Regenerates openapi/openapi.json from the route schemas (npm run openapi). */
writeFileSync(new URL('../openapi/openapi.json', import.meta.url), await renderOpenApi());
console.log('wrote openapi/openapi.json');
