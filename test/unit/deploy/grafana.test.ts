import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createMetrics } from '../../../src/observability/metrics.js';
import type { JobQueue } from '../../../src/queue/jobs.js';

const read = (path: string) => readFileSync(new URL(`../../../deploy/${path}`, import.meta.url), 'utf8');

interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { uid: string; type: string };
  targets?: Array<{ expr?: string; url?: string; root_selector?: string }>;
}

it('the Grafana dashboard parses, and every panel uses a provisioned data source', () => {
  const dashboard = JSON.parse(read('grafana/dashboards/recurrence.json'));
  const datasources = read('grafana/provisioning/datasources/recurrence.yml');
  const uids = [...datasources.matchAll(/^\s+uid:\s*(\S+)$/gm)].map((m) => m[1]);
  expect(uids).toEqual(['recurrence-prometheus', 'recurrence-api']);
  expect(datasources).toContain('type: yesoreyeram-infinity-datasource');
  const panels = (dashboard.panels as Panel[]).filter((p) => p.type !== 'row');
  expect(panels.length).toBeGreaterThanOrEqual(8);
  expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
  for (const p of panels) {
    expect(uids, p.title).toContain(p.datasource?.uid);
    expect(p.targets?.length, p.title).toBeGreaterThan(0);
  }
  expect(read('grafana/provisioning/dashboards/recurrence.yml')).toContain('path: /var/lib/grafana/dashboards');
});

it('Prometheus panels query metrics the service exports, and JSON panels call its metrics API', async () => {
  const queue = { counts: async () => ({}) } as unknown as JobQueue;
  const db = { query: async () => ({ rows: [], rowCount: 0 }) };
  const exported = (await createMetrics(queue, { db, topN: 5 }).registry.getMetricsAsJSON()).map((m) => m.name);
  const dashboard = JSON.parse(read('grafana/dashboards/recurrence.json'));
  const targets = (dashboard.panels as Panel[]).flatMap((p) => p.targets ?? []);
  for (const expr of targets.flatMap((t) => t.expr ?? [])) {
    for (const name of expr.match(/recurrence_[a-z0-9_]+/g) ?? []) expect(exported, expr).toContain(name.replace(/_(bucket|sum|count)$/, ''));
  }
  for (const url of targets.flatMap((t) => t.url ?? [])) expect(url).toMatch(/^\/v1\/metrics\/(recurrence|summary)\?/);
  expect(read('prometheus/prometheus.yml')).toMatch(/targets: \["api:3000", "worker:3000"\]/);
});
