import { expect, test } from '@playwright/test';
import { POSTGRES_URL } from './lib/servers';
import { SEED } from './lib/site';

/**
 * What an operator's checks ask each instance (decision 022): /healthz (the process serves),
 * /readyz (content loaded and, on PostgreSQL, the database answers), /metrics (Prometheus text).
 * None is ever cached; the tier answers 404 for all three (tier.spec.ts).
 */

for (const [store, origin] of [
  ['memory', ''],
  ['PostgreSQL', POSTGRES_URL],
] as const) {
  test(`${store} store: /healthz and /readyz answer 200, never cached`, async ({ request }) => {
    const health = await request.get(`${origin}/healthz`);
    expect(health.status()).toBe(200);
    expect(health.headers()['cache-control']).toContain('no-store');
    const ready = await request.get(`${origin}/readyz`);
    expect(ready.status()).toBe(200);
    expect(ready.headers()['cache-control']).toContain('no-store');
    expect(await ready.text()).toMatch(store === 'memory' ? /^ready: content loaded/ : /^ready: content loaded, database answers/);
  });
}

test('/metrics is Prometheus text: renders, answers by kind and cache, the database, the content', async ({ request }) => {
  // An article page twice (a render, then Next's cache), so its answers are counted.
  for (let i = 0; i < 2; i++) expect((await request.get(SEED.path)).status()).toBe(200);
  const response = await request.get('/metrics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  expect(response.headers()['cache-control']).toContain('no-store');
  const text = await response.text();
  for (const family of ['tin_renders_in_flight gauge', 'tin_renders_queued gauge', 'tin_renders_shed_total counter', 'tin_render_seconds histogram', 'tin_answers_total counter', 'tin_db_calls_in_flight gauge', 'tin_db_errors_total counter', 'tin_content_articles gauge', 'tin_content_last_sync_age_seconds gauge', 'process_resident_memory_bytes gauge']) {
    expect(text, family).toContain(`# TYPE ${family}`);
  }
  expect(text).toMatch(/^tin_answers_total\{kind="article",cache="(HIT|STALE)",status="2xx"\} [1-9]/m);
  expect(Number(/^tin_content_articles (\d+)/m.exec(text)?.[1])).toBeGreaterThan(50);
  expect(Number(/^tin_content_last_sync_age_seconds ([\d.]+)/m.exec(text)?.[1])).toBeGreaterThanOrEqual(0);

  const postgres = await (await request.get(`${POSTGRES_URL}/metrics`)).text();
  expect(postgres).toMatch(/^tin_db_pool_connections\{pool="search"\} 4$/m);
  expect(postgres).toMatch(/^tin_content_articles [1-9]/m);
});
