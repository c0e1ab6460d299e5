import { expect, test } from '@playwright/test';
import { allPages } from './lib/page-types';

/** What every page's <head> links, per edition (hrefs without their ?v= version). */
const expectedLinks = (locale: 'vi' | 'en') => [
  'icon /favicon.ico sizes=32x32',
  'icon /icons/icon.svg type=image/svg+xml',
  'apple-touch-icon /icons/apple-touch-icon.png',
  `manifest ${locale === 'en' ? '/en' : ''}/manifest.webmanifest`,
];

function headLinks(html: string): { rel: string; href: string; text: string }[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link\b[^>]*>/g)].flatMap(([tag]) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const rel = attr('rel');
    const href = attr('href')?.replace(/&amp;/g, '&');
    if (!rel || !href || !['icon', 'apple-touch-icon', 'manifest'].includes(rel)) return [];
    const extra = ['sizes', 'type'].flatMap((n) => (attr(n) ? [`${n}=${attr(n)}`] : []));
    return [{ rel, href, text: [rel, href.replace(/\?v=[0-9a-f]+$/, ''), ...extra].join(' ') }];
  });
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;

test('every page type, desktop and mobile, links the icons and its edition’s manifest; each link answers, icons cached a year', async ({ request }) => {
  const checked = new Set<string>();
  for (const { name, path } of allPages()) {
    const html = await (await request.get(path, { maxRedirects: 0 })).text();
    const links = headLinks(html);
    const locale = path === '/en' || path.startsWith('/en/') ? 'en' : 'vi';
    expect(links.map((l) => l.text).sort(), `${name} ${path}`).toEqual(expectedLinks(locale).sort());
    expect(html, `${name} ${path}`).toContain('<meta name="theme-color" content="#a50e0e"/>');

    for (const { rel, href } of links) {
      if (checked.has(href)) continue;
      checked.add(href);
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      if (rel === 'manifest') continue;
      expect(href, 'icon URLs carry their version').toMatch(/\?v=[0-9a-f]{10}$/);
      expect(response.headers()['cache-control'], href).toBe('public, max-age=31536000, immutable');
    }
  }
  // Browsers that read no <link> ask for /favicon.ico by name.
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toBe('image/x-icon');
  expect(favicon.headers()['cache-control']).toBe('public, max-age=86400');
});

for (const [locale, path, start] of [['vi', '/manifest.webmanifest', '/'], ['en', '/en/manifest.webmanifest', '/en']] as const) {
  test(`${path}: the ${locale} edition pins to a home screen with its name, colour and icons`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as {
      name: string; short_name: string; lang: string; start_url: string; theme_color: string; background_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ lang: locale, start_url: start, theme_color: '#a50e0e', background_color: '#ffffff' });
    expect(manifest.name).toBe(locale === 'vi' ? 'Tin Thủ Đô' : 'Tin Thu Do');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of pngs) {
      const file = await request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      expect(pngSize(await file.body()), icon.src).toBe(icon.sizes);
    }
    // The manifest starts the reader on a real page.
    expect((await request.get(start)).status()).toBe(200);
  });
}
