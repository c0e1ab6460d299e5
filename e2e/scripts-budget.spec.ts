import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DESKTOP_SCRIPT_BUDGET } from './lib/page-weight';
import { PAGE_TYPES } from './lib/page-types';

/**
 * Scripts per desktop page type (decision 021): no inline script (structured data is data, not a
 * script), at most the one static script, and all of it within DESKTOP_SCRIPT_BUDGET gzipped.
 * The figure of each page is printed with the test.
 */
const STRUCTURED_DATA = /type="application\/ld\+json"/;

for (const { name, path, status } of PAGE_TYPES) {
  test(`scripts on the desktop ${name} page: ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !STRUCTURED_DATA.test(attributes ?? ''));
    const inline = scripts.filter(([, attributes]) => !/\bsrc=/.test(attributes ?? ''));
    expect(inline.map(([tag]) => tag.slice(0, 80)), 'inline scripts').toEqual([]);
    const sources = scripts.map(([, attributes]) => /\bsrc="([^"]+)"/.exec(attributes ?? '')?.[1] ?? '');
    expect(sources.length, 'script files').toBeLessThanOrEqual(1);
    let bytes = 0;
    for (const src of sources) {
      expect(src, 'a script of our own, under a content-hashed name').toMatch(/^\/media\/site\/enhance\.[0-9a-f]{10}\.js$/);
      const file = await request.get(src);
      expect(file.status(), src).toBe(200);
      bytes += gzipSync(await file.body(), { level: 9 }).length;
    }
    console.log(`desktop ${name.padEnd(44)} scripts: ${sources.length} file(s), ${bytes} B gzipped (budget ${DESKTOP_SCRIPT_BUDGET} B)`);
    expect(bytes).toBeLessThanOrEqual(DESKTOP_SCRIPT_BUDGET);
  });
}
