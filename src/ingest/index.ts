/** The PSA connector API the HTTP routes, worker and CLI wire in. Nothing here touches a database. */
export { receivers } from './receivers.js';
export { createVendorClient } from './clients/create-vendor-client.js';
export { parseTicketImport, type ImportOptions, type ImportRow } from './import/parse-import.js';
export { openExport } from './import/export-encoding.js';
export { importPresets, parseMapSpec, type PresetName } from './import/presets.js';
export { ImportSetupError } from './import/setup-error.js';
export { WebhookAuthError, WebhookPayloadError, VendorApiError, TicketMappingError } from './errors.js';
export { checkDeliveryIds, MAX_EXTERNAL_ID } from './delivery-ids.js';
export { generateWebhookSecret } from './secrets.js';
export { parseSourceConfig, sourceConfigSchemas, sourceKind, webhookSecretFormat, webhookSecretOrigin, type SourceKind, type SourceConfig } from './source-kinds.js';
export { SECRET_HEADER } from './vendors/shared-secret.js';
export { FRESHSERVICE_BODY_TEMPLATE } from './vendors/freshservice.js';
export { SYNCRO_BODY_TEMPLATE } from './vendors/syncro.js';
export { SERVICENOW_BUSINESS_RULE_SCRIPT } from './vendors/servicenow.js';
export type * from './types.js';
