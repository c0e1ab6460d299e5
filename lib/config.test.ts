import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, SETTINGS, config } from './config';
import { withConfigTable } from './config-table';

/** Runs `check` with these variables set (undefined unsets), then puts the environment back. */
function withEnv(vars: Record<string, string | undefined>, check: () => void): void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(vars);
  try {
    check();
  } finally {
    apply(saved);
  }
}

test('an unset or empty variable takes its default; a set one is parsed', () => {
  withEnv({ CONTENT_DIR: '', PORT: undefined, CONTENT_WATCH: undefined }, () => {
    assert.equal(config.contentDir, path.resolve('data'));
    assert.equal(config.port, 3000);
    assert.equal(config.contentWatch, true);
    assert.equal(config.siteUrl, 'http://localhost:3000');
  });
  withEnv({ PORT: '3400', CONTENT_WATCH: '0', SITE_URL: 'https://example.vn/', CONTENT_STORE: 'postgres', PAGE_CACHE_MB: undefined }, () => {
    assert.equal(config.port, 3400);
    assert.equal(config.contentWatch, false);
    assert.equal(config.siteUrl, 'https://example.vn');
    assert.equal(config.pageCacheMb, 32);
  });
});

test('a bad value is one sentence naming the variable', () => {
  withEnv({ PORT: 'abc' }, () => assert.throws(() => config.port, (e: Error) => e instanceof ConfigError && /^PORT must be a port number, not "abc"\.$/.test(e.message)));
  withEnv({ CONTENT_STORE: 'mysql' }, () => assert.throws(() => config.contentStore, { message: 'CONTENT_STORE must be "memory" or "postgres", not "mysql".' }));
  withEnv({ APP_URLS: 'localhost:3000' }, () => assert.throws(() => config.appUrls, { message: /^APP_URLS must be one origin or a comma-separated list/ }));
});

test('an old name still works, with a warning naming the new one', (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  withEnv({ CHROMIUM_PATH: undefined, CHROME_PATH: '/opt/chrome' }, () => assert.equal(config.chromiumPath, '/opt/chrome'));
  withEnv({ APP_URLS: undefined, APP_URL: undefined, BASE_URL: undefined, BENCH_APP_URL: 'http://127.0.0.1:3001' }, () => assert.deepEqual(config.appUrls, ['http://127.0.0.1:3001']));
  withEnv({ APP_URLS: 'http://127.0.0.1:3001, http://127.0.0.1:3002/' }, () => assert.deepEqual(config.appUrls, ['http://127.0.0.1:3001', 'http://127.0.0.1:3002']));
  const said = warn.mock.calls.map((c) => String(c.arguments[0]));
  assert.ok(said.some((m) => m.includes('CHROME_PATH is an old name: set CHROMIUM_PATH instead')), said.join('\n'));
  assert.ok(said.some((m) => m.includes('BENCH_APP_URL is an old name: set APP_URLS instead')), said.join('\n'));
});

test("the README's configuration tables are the ones lib/config.ts writes, one row per variable", () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, '..', 'README.md'), 'utf8');
  const expected = withConfigTable(readme);
  assert.ok(expected, 'README.md lacks the configuration table markers');
  assert.equal(readme, expected, 'README.md is out of date: run `npm run config-table -- --write`');
  for (const setting of Object.values(SETTINGS)) assert.ok(readme.includes(`| \`${setting.name}\` |`), `${setting.name} is not in the README`);
});
