import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../../src/dev/generate-tickets.js';
import { refreshSuggestions } from '../../src/suggestions/refresh-suggestions.js';
import { consolidateNow, eventually, startHarness, type Harness, settledTenant } from '../support/harness.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

// CI (CI=true, see .ci/run) installs Chromium and must never skip these; on a laptop without it
// they are skipped with a note rather than failing the whole suite.
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI !== 'true') console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.runIf(haveChromium || process.env.CI === 'true')('built-in dashboard in Chromium', () => {
  let h: Harness;
  let tenant: Awaited<ReturnType<Harness['tenant']>>;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness('embedded');
    tenant = await h.tenant();
    // Four months ending yesterday, so the dashboard's default window shows them.
    const start = new Date(Math.floor(Date.now() / 86_400_000 - 122) * 86_400_000);
    const stream = generateTickets({ seed: 21, start, months: 4, clients: 4, noisePerClientPerMonth: 20 });
    for (let i = 0; i < stream.tickets.length; i += 500) {
      const r = await h.app!.inject({ method: 'POST', url: '/v1/tickets', headers: tenant.auth, payload: stream.tickets.slice(i, i + 500) });
      expect(r.statusCode).toBe(202);
    }
    await settledTenant(h, tenant.id, 60_000);
    await consolidateNow(h, tenant.id);
    await refreshSuggestions(h.services.db, tenant.id);
    await h.app!.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.app!.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });

  it('refuses a wrong key, then signs in and shows the overview', async () => {
    await page.goto(base);
    await page.getByLabel('API key').fill('not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not accepted');
    await page.getByLabel('API key').fill(tenant.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('table', { name: 'Top themes' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Which problems keep coming back');
    const rows = page.getByRole('table', { name: 'Top themes' }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    expect(await rows.first().locator('svg[role="img"]').count()).toBe(1);
    expect(await rows.first().locator('.trend').textContent()).toMatch(/new|rising|falling|steady/);
    expect(await page.getByRole('table', { name: 'Clients ranked by noise' }).locator('tbody tr').count()).toBe(4);
    await page.locator('.uplot').first().waitFor();
    // Every form control has a label.
    expect(await page.evaluate(() => [...document.querySelectorAll('input, select')].filter((el) => !(el as HTMLInputElement).labels?.length).length)).toBe(0);
    await shot('overview');
  });

  it('finds themes by a word and says so when none matches', async () => {
    const name = (await page.getByRole('table', { name: 'Top themes' }).locator('tbody tr th a').first().textContent())!;
    const word = name.split(/\s+/).find((w) => w.length >= 4)!;
    await page.getByLabel('Find a theme').fill(word);
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('list', { name: 'Themes found' }).getByRole('link');
    await results.first().waitFor();
    expect(await results.allTextContents()).toContain(name);
    await page.getByLabel('Find a theme').fill('zzqx-no-such-theme');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Themes found' }).textContent()).toContain('No theme mentions');
  });

  it('opens a theme, renames it and shows its clients, devices and example tickets', async () => {
    const first = page.getByRole('table', { name: 'Top themes' }).locator('tbody tr th a').first();
    const name = await first.textContent();
    await first.click();
    await page.getByRole('table', { name: 'Clients', exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    expect(await page.getByRole('list', { name: 'Top terms' }).locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('table', { name: 'Devices' }).locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Example tickets' }).count()).toBe(1);
    await page.getByLabel('Name', { exact: true }).fill('Printer driver keeps failing');
    await page.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Printer driver keeps failing');
    await shot('theme');
  });

  it('splits ticked tickets off into a new theme and opens it', async () => {
    const from = page.url();
    const boxes = page.getByRole('group', { name: /^Latest \d+ of/ }).getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByLabel('New theme name').fill('Driver rollback needed');
    await page.getByRole('button', { name: 'Split off ticked tickets' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Driver rollback needed');
    expect(page.url()).not.toBe(from);
    expect(await page.getByRole('group', { name: /^Latest 2 of 2 tickets$/ }).getByRole('checkbox').count()).toBe(2);
  });

  it('accepts a suggestion, marks it implemented and shows its proof of effect', async () => {
    await page.getByRole('link', { name: 'Suggestions' }).click();
    const card = page.locator('article[data-status="proposed"]').first();
    await card.waitFor();
    const title = await card.getByRole('heading', { level: 2 }).textContent();
    await card.getByRole('button', { name: 'Accept' }).click();
    const accepted = page.locator('article', { has: page.getByRole('heading', { level: 2, name: title! }) });
    await expect.poll(() => accepted.getAttribute('data-status')).toBe('accepted');
    expect(await accepted.locator('.badge').textContent()).toBe('accepted');
    await accepted.getByLabel('Implemented on').fill(new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10));
    await accepted.getByRole('button', { name: 'Mark implemented' }).click();
    await expect.poll(() => accepted.getAttribute('data-status')).toBe('implemented');
    await accepted.getByRole('heading', { name: 'Proof of effect' }).waitFor();
    expect(await accepted.locator('.verdict').textContent()).toMatch(/Reduced|No clear change|Worse|Not enough data/);
    await shot('suggestions');
    // Reload: the status is stored, not just drawn.
    await page.reload();
    await page.locator('article').first().waitFor();
    expect(await page.locator('article', { has: page.getByRole('heading', { level: 2, name: title! }) }).getAttribute('data-status')).toBe('implemented');
  });

  it('reaches the pages by keyboard and signs out', async () => {
    await page.goto(`${base}/#/`);
    await page.reload();
    await page.getByRole('table', { name: 'Top themes' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});
