import pino from 'pino';
import { flag, parseArgs, requiredFlag, UsageError } from './cli/args.js';
import { importFormat, importTickets } from './cli/import-tickets.js';
import { backfillSource } from './cli/backfill-source.js';
import { ConfigError, loadConfig } from './config.js';
import { createServices, type Services } from './services.js';
import { consolidateTenant, rebuildTenant, TenantBusyError } from './themes/consolidate-tenant.js';
import { whenTenantFree } from './cli/wait-for-tenant.js';
import { ImportSetupError, type PresetName } from './ingest/index.js';

const usage = `Usage: npm run cli -- <command>

  tenant create <name>                 create a tenant and print its API key
  tenant list                          list tenants
  tenant key <name>                    print a new API key for a tenant
  themes rebuild --tenant <name|id>    rebuild a tenant's themes from its stored tickets
  themes consolidate --tenant <name|id>  merge, split and relabel now
  import <file> --tenant <name|id> [--preset connectwise|autotask|halo|generic]
         [--map title=Summary,description=Notes] [--format csv|ndjson] [--source <name>]
                                       import a CSV/NDJSON export (safe to re-run)
  backfill <sourceId> --since <date>   page through a PSA source's history via its API

It uses the same configuration as the service (DATABASE_URL, or DATA_DIR for the embedded store;
stop an embedded server first: its data directory belongs to one process).`;

async function tenantId(services: Services, nameOrId: string): Promise<string> {
  const byName = await services.tenants.byName(nameOrId);
  if (byName) return byName.id;
  const all = await services.tenants.list();
  const byId = all.find((t) => t.id === nameOrId);
  if (!byId) throw new UsageError(`no tenant named or with id "${nameOrId}"`);
  return byId.id;
}

async function run(services: Services, positional: string[], flags: Map<string, string | true>) {
  const [group, command, arg] = positional;
  if (group === 'tenant' && command === 'create' && arg) {
    const { tenant, apiKey } = await services.tenants.create(arg);
    console.log(`tenant ${tenant.name} (${tenant.id})\nAPI key (shown once): ${apiKey}`);
  } else if (group === 'tenant' && command === 'list') {
    for (const t of await services.tenants.list()) console.log(`${t.id}  ${t.name}`);
  } else if (group === 'tenant' && command === 'key' && arg) {
    console.log(await services.tenants.newKey(await tenantId(services, arg)));
  } else if (group === 'themes' && command === 'rebuild') {
    const id = await tenantId(services, requiredFlag(flags, 'tenant'));
    const r = await whenTenantFree(() => rebuildTenant(services.db, services.themeState, id, services.engineConfig, services.embedder));
    console.log(`rebuilt: ${r.tickets} tickets into ${r.themes} themes`);
  } else if (group === 'themes' && command === 'consolidate') {
    const id = await tenantId(services, requiredFlag(flags, 'tenant'));
    const r = await whenTenantFree(() => consolidateTenant(services.db, services.themeState, id));
    console.log(`consolidated: ${r.themes} themes, ${r.moved} tickets moved`);
  } else if (group === 'import' && command) {
    const id = await tenantId(services, requiredFlag(flags, 'tenant'));
    const preset = (flag(flags, 'preset') ?? 'generic') as PresetName;
    if (!['connectwise', 'autotask', 'halo', 'generic'].includes(preset)) throw new UsageError('--preset must be connectwise, autotask, halo or generic');
    const options = { format: importFormat(command, flag(flags, 'format')), preset, map: flag(flags, 'map'), source: flag(flags, 'source') };
    const r = await importTickets(services, id, command, options);
    console.log(`imported ${r.rows} rows: ${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.rejected} rejected`);
    for (const x of r.firstRejections) console.log(`  line ${x.line}: ${x.error}`);
    if (r.rejected > r.firstRejections.length) console.log(`  ... and ${r.rejected - r.firstRejections.length} more rejected rows`);
  } else if (group === 'backfill' && command) {
    const r = await backfillSource(services, command, requiredFlag(flags, 'since'));
    console.log(`backfill ${r.state}: ${r.pages} pages, ${r.tickets} tickets, ${r.skipped} skipped${r.error ? ` (${r.error})` : ''}`);
    if (r.state === 'failed') console.log('run the same command again to resume from the last stored page');
    if (r.state !== 'done') process.exitCode = 1;
  } else {
    throw new UsageError(usage);
  }
}

async function main() {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  if (positional.length === 0 || flags.has('help')) {
    console.log(usage);
    return;
  }
  const config = loadConfig({ ...process.env, ROLE: 'all', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const services = await createServices(config, pino({ level: config.LOG_LEVEL }));
  try {
    await run(services, positional, flags);
  } finally {
    await services.close();
  }
}

main().catch((err) => {
  // Mistakes the user can fix (a flag, a setting, a file or column name) read as one line; anything else keeps its stack.
  const fixable = err instanceof UsageError || err instanceof ConfigError || err instanceof ImportSetupError || err instanceof TenantBusyError;
  console.error(fixable ? err.message : err);
  process.exit(1);
});
