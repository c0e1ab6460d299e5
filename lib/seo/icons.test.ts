import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { loadContent } from '../content/ingest/load-folder';
import versions from './icon-versions.json';
import { iconLinks, webManifest } from './icons';

const PUBLIC = path.join(import.meta.dirname, '../../public');
const file = (href: string) => readFileSync(path.join(PUBLIC, href.replace(/\?.*$/, '')));

test('every icon version is the hash of the file in public/ (run npm run make-icons after changing one)', () => {
  for (const [name, version] of Object.entries(versions)) {
    assert.equal(createHash('sha256').update(file(name)).digest('hex').slice(0, 10), version, name);
  }
});

test('pages link the ICO, the SVG, the home-screen icon and their edition’s manifest', async () => {
  for (const locale of ['vi', 'en'] as const) {
    const links = iconLinks(locale);
    assert.deepEqual(links.map((l) => l.rel), ['icon', 'icon', 'apple-touch-icon', 'manifest']);
    assert.equal(links.at(-1)?.href, locale === 'vi' ? '/manifest.webmanifest' : '/en/manifest.webmanifest');
    const apple = await sharp(file(links[2]!.href)).metadata();
    assert.deepEqual([apple.format, apple.width, apple.height], ['png', 180, 180]);
  }
});

test('each edition’s manifest: name, short name, colours, start URL, language, 192 and 512 PNG icons that exist', async () => {
  const { index } = await loadContent(path.join(import.meta.dirname, '../../data'));
  for (const [locale, start] of [['vi', '/'], ['en', '/en']] as const) {
    const manifest = webManifest(index.site, locale);
    assert.equal(manifest.name, index.site.editions[locale].name);
    assert.ok(manifest.short_name && manifest.short_name.length <= 12, 'a short name fits under a home-screen icon');
    assert.deepEqual([manifest.start_url, manifest.lang, manifest.theme_color], [start, locale, '#a50e0e']);
    for (const icon of manifest.icons ?? []) {
      if (icon.type !== 'image/png') continue;
      const { width, height } = await sharp(file(icon.src)).metadata();
      assert.equal(`${width}x${height}`, icon.sizes, icon.src);
    }
    assert.deepEqual(manifest.icons?.filter((i) => i.purpose === 'any' && i.type === 'image/png').map((i) => i.sizes), ['192x192', '512x512']);
  }
});
