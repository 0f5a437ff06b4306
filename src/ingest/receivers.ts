import type { SourceKind } from './source-kinds.js';
import type { WebhookReceiver } from './types.js';
import { autotaskReceiver } from './vendors/autotask.js';
import { connectwiseReceiver } from './vendors/connectwise.js';
import { freshserviceReceiver } from './vendors/freshservice.js';
import { halopsaReceiver } from './vendors/halopsa.js';
import { jiraReceiver } from './vendors/jira.js';
import { servicenowReceiver } from './vendors/servicenow.js';
import { standardWebhooksReceiver } from './vendors/standard-webhooks.js';
import { syncroReceiver } from './vendors/syncro.js';
import { zendeskReceiver } from './vendors/zendesk.js';

/** The webhook receiver for each source kind; the route looks up `receivers[source.kind]`. */
export const receivers: Record<SourceKind, WebhookReceiver> = {
  connectwise: connectwiseReceiver,
  autotask: autotaskReceiver,
  halopsa: halopsaReceiver,
  zendesk: zendeskReceiver,
  jira: jiraReceiver,
  freshservice: freshserviceReceiver,
  syncro: syncroReceiver,
  servicenow: servicenowReceiver,
  'standard-webhooks': standardWebhooksReceiver,
};
