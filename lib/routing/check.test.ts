import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from '../content/load';
import { checkInternalPath } from './check';

const SEED_SLUG = 'ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa';

test('existing pages are served, missing ones go to the 404 page', async () => {
  const { index } = await loadContent(path.join(import.meta.dirname, '../../data'));
  const check = (p: string) => checkInternalPath(index, p).kind;
  assert.equal(check('/vi'), 'ok');
  assert.equal(check('/vi/m'), 'ok');
  assert.equal(check(`/vi/article/1000/${SEED_SLUG}`), 'ok');
  assert.equal(check('/vi/category/thoi-su/2'), 'ok');
  assert.equal(check('/vi/m/category/thoi-su/2'), 'ok');
  assert.equal(check('/vi/category/thoi-su/99'), 'missing');
  assert.equal(check('/vi/article/999999/x'), 'missing');
  assert.equal(check('/vi/feed/khong-co'), 'missing');
  assert.equal(check('/vi/not-found'), 'missing');
});

test('a stale slug or the wrong edition redirects to the canonical article, on mobile too', async () => {
  const { index } = await loadContent(path.join(import.meta.dirname, '../../data'));
  assert.deepEqual(checkInternalPath(index, '/vi/article/1000/sai-slug'), { kind: 'redirect', location: `/${SEED_SLUG}-1000.html` });
  assert.deepEqual(checkInternalPath(index, '/vi/m/article/1000/-'), { kind: 'redirect', location: `/m/${SEED_SLUG}-1000.html` });
  assert.deepEqual(checkInternalPath(index, `/en/article/1000/${SEED_SLUG}`), { kind: 'redirect', location: `/${SEED_SLUG}-1000.html` });
});
