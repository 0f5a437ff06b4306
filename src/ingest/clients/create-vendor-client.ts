import { sourceConfigSchemas, type SourceKind } from '../source-kinds.js';
import type { ClientDeps, VendorClient } from '../types.js';
import { createAutotaskClient } from './autotask.js';
import { createConnectWiseClient } from './connectwise.js';
import { createHaloClient } from './halopsa.js';
import { createJiraClient } from './jira.js';
import { createZendeskClient } from './zendesk.js';

/**
 * The API client for a source, or null for kinds whose webhooks carry the whole ticket and have no
 * client (Freshservice, Syncro, ServiceNow, Standard Webhooks). Throws a ZodError when the config
 * does not match the kind's schema.
 */
export function createVendorClient(kind: SourceKind, config: unknown, deps: ClientDeps): VendorClient | null {
  switch (kind) {
    case 'connectwise':
      return createConnectWiseClient(sourceConfigSchemas.connectwise.parse(config), deps);
    case 'autotask':
      return createAutotaskClient(sourceConfigSchemas.autotask.parse(config), deps);
    case 'halopsa':
      return createHaloClient(sourceConfigSchemas.halopsa.parse(config), deps);
    case 'zendesk':
      return createZendeskClient(sourceConfigSchemas.zendesk.parse(config), deps);
    case 'jira':
      return createJiraClient(sourceConfigSchemas.jira.parse(config), deps);
    default:
      return null;
  }
}
