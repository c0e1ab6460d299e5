import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breadcrumbList, serializeJsonLd } from './structured-data';

test('JSON-LD cannot close its <script> element', () => {
  const data = breadcrumbList([{ name: '</script><script>alert(1)</script>', path: '/' }]);
  const json = serializeJsonLd(data);
  assert.ok(!json.includes('<'));
  assert.deepEqual(JSON.parse(json), data);
});

test('breadcrumb positions count from 1 and every item is absolute', () => {
  const list = breadcrumbList([
    { name: 'Trang chủ', path: '/' },
    { name: 'Chính trị', path: '/chinh-tri' },
  ]);
  const items = list.itemListElement as unknown as Array<{ position: number; item: string }>;
  assert.deepEqual(items.map((i) => i.position), [1, 2]);
  for (const i of items) assert.match(i.item, /^https?:\/\/[^/]+\//);
});
