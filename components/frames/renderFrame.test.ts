import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadContent } from '../../lib/content/ingest/load-folder';
import type { ContentStore } from '../../lib/content';
import { getUi } from '../../lib/i18n/ui';
import { pageModel } from '../../lib/page-model';
import { resolvePublicPath } from '../../lib/routing/resolve';
import { PER_REQUEST_MARKER } from '../document/PerRequestSlot';
import { asset, findAsset } from '../document/assets';
import { renderFrame } from './renderFrame';

// "Đọc nhiều" counts live in STATE_DIR: a fresh one for this test.
process.env.STATE_DIR = mkdtempSync(path.join(os.tmpdir(), 'render-frame-state-'));

let store: Promise<ContentStore> | undefined;
const content = () => (store ??= loadContent(path.join(import.meta.dirname, '../../data')).then((r) => r.index));
const SEED = '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html';

/** The page at a public URL, rendered by the one renderer. */
async function render(url: string): Promise<string> {
  const u = new URL(url, 'http://x');
  const { route } = resolvePublicPath(u.pathname, u.searchParams);
  const ui = getUi(route.locale, { mobile: route.mobile });
  return renderFrame(await pageModel(route, { content: await content(), ui }), ui);
}

const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '').filter((a) => !a.includes('application/ld+json'));
const count = (html: string, part: string) => html.split(part).length - 1;

test('a desktop article: a whole document with its stylesheet, the one deferred script, no inline script, one per-request slot', async () => {
  const html = await render(SEED);
  assert.match(html, /^<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">/);
  assert.equal(count(html, `<link rel="stylesheet" href="${asset('desktop.css').path}">`), 1);
  assert.deepEqual(scripts(html), [` src="${asset('enhance.js').path}" defer`]);
  assert.equal(count(html, PER_REQUEST_MARKER), 1);
  assert.equal(count(html, '<link rel="preload" href="/media/fonts/'), 4);
  assert.match(html, /<a class="skip-link" href="#main">/);
  assert.match(html, /<link rel="alternate" media="only screen and \(max-width: 640px\)" href="[^"]+\/m\/ha-noi-chu-dong/);
  assert.match(html, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"NewsArticle"/);
  assert.match(html, /data-share="copy"/);
  assert.doesNotMatch(html, /__next|self\.__next_f/);
});

test('desktop pages with nothing to enhance load no script at all', async () => {
  for (const url of ['/', '/thoi-su', '/tim-kiem?q=ha+noi', '/khong-co-trang-nay', '/en']) assert.deepEqual(scripts(await render(url)), [], url);
});

test('a mobile page: inline CSS, no script, no external stylesheet, the same per-request slot', async () => {
  const html = await render(`/m${SEED}`);
  assert.deepEqual(scripts(html), []);
  assert.equal(count(html, '<style>'), 1);
  assert.doesNotMatch(html, /rel="stylesheet"/);
  assert.equal(count(html, PER_REQUEST_MARKER), 1);
  assert.doesNotMatch(html, /data-share=/);
});

test('the stylesheet and the script are served under their content hash; an older name is known, a foreign one is not', () => {
  for (const name of ['desktop.css', 'enhance.js'] as const) {
    const current = asset(name);
    const file = current.path.split('/').at(-1)!;
    assert.match(file, /^[a-z]+\.[0-9a-f]{10}\.(css|js)$/);
    assert.deepEqual(findAsset(file), { asset: current, current: true });
    assert.equal(findAsset(file.replace(current.hash, '0123456789'))?.current, false);
  }
  assert.equal(findAsset('other.0123456789.js'), undefined);
  assert.equal(findAsset('desktop.css'), undefined);
  const css = asset('desktop.css').body.toString();
  assert.match(css, /@font-face/);
  assert.match(css, /@media \(scripting: enabled\)/);
});
