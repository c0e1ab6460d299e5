import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { findNginx, listenDirective, startNginx, tierSite, waitForHttp } from './nginx';

/**
 * The shipped tier (deploy/nginx/tier.conf) in front of two stand-in instances, one answering
 * every page 503 (admission control refusing, or its store away): the reader gets the other
 * instance's page, and the refusing instance is never left alone for it (a 503 is not counted as
 * a failure: counted, a storm's refusals made nginx answer 502 to everything, decision 024).
 */
function instance(status: number): Promise<{ server: http.Server; host: string; asked: string[] }> {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    asked.push(req.url ?? '');
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': status === 200 ? 'public, s-maxage=300' : 'no-store', 'Retry-After': '5' });
    res.end(`${status} ${req.url}`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, host: `127.0.0.1:${(server.address() as AddressInfo).port}`, asked })));
}

test('a page one instance answers 503 is answered by the other; the refusing one keeps being asked', { skip: findNginx() === undefined && 'nginx is not installed' }, async () => {
  const busy = await instance(503);
  const healthy = await instance(200);
  const probe = http.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const port = (probe.address() as AddressInfo).port;
  probe.close();
  const tier = startNginx('tier-retry-test', (scratch) => tierSite({ listen: listenDirective('127.0.0.1', port), appHosts: [busy.host, healthy.host], cacheDir: path.join(scratch, 'cache') }), 'ignore');
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 10_000);
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/thoi-su?page=${i + 1}`);
      assert.equal(res.status, 200, `page ${i + 1}`);
      assert.equal(await res.text(), `200 /thoi-su?page=${i + 1}`);
    }
    // Twelve refusals in well under 5 s: counted as failures, the third would have left it alone.
    assert.ok(busy.asked.filter((url) => url.startsWith('/thoi-su')).length >= 6, `the refusing instance was asked ${busy.asked.length} times`);
    // A page both refuse: the instance's own 503, with its Retry-After, not nginx's 502.
    healthy.server.close();
    const refused = await fetch(`http://127.0.0.1:${port}/kinh-te`);
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '5');
    assert.equal(await refused.text(), '503 /kinh-te');
  } finally {
    await tier.stop();
    busy.server.close();
    healthy.server.close();
  }
});
