import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Three causes, 20 tickets each, worded differently, as a service desk writes them. */
function labelledCsv(delimiter: string): string {
  const causes: Record<string, Array<[string, string]>> = {
    printing: [['Printer offline on floor {n}', 'the printer shows offline, jobs stuck in the queue'], ['printer not printing', 'print queue stuck again, printer offline']],
    vpn: [['VPN drops every {n} minutes', 'the vpn connection drops when working from home'], ['cannot connect to vpn', 'vpn client fails to connect from home']],
    password: [['password reset for user {n}', 'please reset my password, account locked'], ['account locked out', 'locked out after password change, please unlock account']],
  };
  const rows = [['Title', 'Body', 'Cause'].join(delimiter)];
  for (let i = 0; i < 20; i++) {
    for (const [cause, variants] of Object.entries(causes)) {
      const [title, body] = variants[i % 2];
      rows.push([title.replace('{n}', String(i + 2)), `"${body}"`, cause].join(delimiter));
    }
  }
  return rows.join('\n') + '\n';
}

function evalCommand(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { timeout: 60_000 });
}

describe('npm run eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));

  it('scores a labelled CSV and ends with one JSON line holding the documented keys', async () => {
    const file = join(dir, 'tickets.csv');
    writeFileSync(file, labelledCsv(','));
    const { stdout } = await evalCommand('--file', file, '--text', 'Title,Body', '--label', 'Cause', '--json');
    const summary = JSON.parse(stdout.trim().split('\n').at(-1)!);
    for (const key of ['ami', 'nmi', 'vMeasure', 'purity5', 'coverage3', 'themes', 'tickets', 'ticketsPerSecond']) expect(summary).toHaveProperty(key);
    expect(summary.tickets).toBe(60);
    expect(summary.purity5).toBeGreaterThan(0.9);
    expect(summary.ami).toBeGreaterThan(0.6);
  });

  it('reads a semicolon export, and reports churn when consolidating on a schedule', async () => {
    const file = join(dir, 'semicolon.csv');
    writeFileSync(file, labelledCsv(';'));
    const { stdout } = await evalCommand('--file', file, '--text', 'Title,Body', '--label', 'Cause', '--consolidate-every', '20', '--json');
    expect(stdout).toMatch(/3 consolidations; each moved [\d.]+% of the older tickets/);
    const summary = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(summary.tickets).toBe(60);
    expect(summary.olderTicketsMovedPerConsolidation).toBeGreaterThanOrEqual(0);
  });

  it('names a column the file does not have instead of scoring empty text', async () => {
    const file = join(dir, 'tickets.csv');
    writeFileSync(file, labelledCsv(','));
    const failed = await evalCommand('--file', file, '--text', 'Subject,Body', '--label', 'Cause').catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/"Subject" not among the columns .*"Title", "Body", "Cause"/);
  });
});
