import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEPLOY_DIR, findNginx, listenDirective, parseAppUrls, render, tierSite } from './nginx';

test('APP_URL lists one or more app origins', () => {
  assert.deepEqual(parseAppUrls('http://127.0.0.1:3000'), ['127.0.0.1:3000']);
  assert.deepEqual(parseAppUrls('http://10.0.0.1:3000, http://10.0.0.2:3001,'), ['10.0.0.1:3000', '10.0.0.2:3001']);
  assert.deepEqual(parseAppUrls('http://app'), ['app:80']);
  assert.throws(() => parseAppUrls('https://app:3000'), /http:\/\//);
  assert.throws(() => parseAppUrls('http://app:3000/base'), /without a path/);
  assert.throws(() => parseAppUrls(' , '), /empty/);
});

test('templates are rendered completely or not at all', () => {
  assert.equal(render('listen {{PORT}};', { PORT: '8080' }), 'listen 8080;');
  assert.throws(() => render('{{PORT}} {{OTHER}}', { PORT: '1' }), /OTHER/);
  const site = tierSite({ listen: '8080', appHosts: ['127.0.0.1:3000', '127.0.0.1:3001'], cacheDir: '/tmp/c' });
  assert.doesNotMatch(site, /\{\{/);
  assert.match(site, /server 127\.0\.0\.1:3000 [^\n]*;\n\s+server 127\.0\.0\.1:3001 /);
  assert.match(site, /proxy_cache_path \/tmp\/c /);
});

test('the tier fronts several instances: each server line inside the upstream block, and nginx accepts the whole config', { skip: findNginx() === undefined && 'nginx is not installed' }, () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tier-conf-test-'));
  try {
    const site = tierSite({ listen: listenDirective('127.0.0.1', 18080), appHosts: ['127.0.0.1:3000', '127.0.0.1:3001', '127.0.0.1:3002'], cacheDir: path.join(scratch, 'cache') });
    const upstream = /upstream tin_thu_do_app \{([^}]*)\}/.exec(site)?.[1] ?? '';
    assert.equal(upstream.match(/^\s+server 127\.0\.0\.1:300\d max_fails=3 fail_timeout=5s;$/gm)?.length, 3, 'three server lines in the upstream block');
    assert.doesNotMatch(site.replace(upstream, ''), /server 127\.0\.0\.1:300/, 'no server line anywhere else (the header comment once held the placeholder)');
    assert.match(site, /listen 127\.0\.0\.1:18080 reuseport;/);
    const sitePath = path.join(scratch, 'site.conf');
    writeFileSync(sitePath, site);
    const confPath = path.join(scratch, 'nginx.conf');
    writeFileSync(confPath, render(readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8'), { SCRATCH: scratch, SITE: sitePath }));
    const check = spawnSync(findNginx() ?? 'nginx', ['-t', '-p', scratch, '-c', confPath, '-e', 'stderr'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('the tier listens on every address, or on the one TIER_HOST names', () => {
  assert.equal(listenDirective('', 8080), '8080');
  assert.equal(listenDirective('127.0.0.1', 8080), '127.0.0.1:8080');
  assert.equal(listenDirective('::1', 8080), '[::1]:8080');
});
