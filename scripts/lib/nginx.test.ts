import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAppUrls, render, tierSite } from './nginx';

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
