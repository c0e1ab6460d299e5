import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile, mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getContent } from './index';
import { watchContent } from './watch';

const DATA = path.join(import.meta.dirname, '../../data');
const SEED = 'articles/2022/12/1000-ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa.json';

test('a file saved into the content folder is served without a restart; a broken one loses nothing', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'content-watch-'));
  await cp(DATA, dir, { recursive: true });
  process.env.CONTENT_DIR = dir;
  const before = await getContent();
  assert.equal(before.getArticle(9001), undefined);

  let reloads = 0;
  let notify: () => void = () => {};
  const stop = watchContent(() => {
    reloads++;
    notify();
  });
  const nextReload = () => new Promise<void>((resolve, reject) => {
    notify = resolve;
    setTimeout(() => reject(new Error('no reload within 10 s')), 10_000).unref();
  });
  try {
    // A new article in a month folder that did not exist yet.
    const seed = JSON.parse(await readFile(path.join(dir, SEED), 'utf8'));
    await mkdir(path.join(dir, 'articles/2031/01'), { recursive: true });
    let reloaded = nextReload();
    await writeFile(path.join(dir, 'articles/2031/01/9001-bai-moi.json'), JSON.stringify({ ...seed, id: 9001, slug: 'bai-moi', title: 'Bài mới đăng' }));
    await reloaded;
    const after = await getContent();
    assert.equal(after.getArticle(9001)?.title, 'Bài mới đăng');
    assert.equal(after.articleCount, before.articleCount + 1);

    // A half-written file is reported and skipped; everything else stays.
    reloaded = nextReload();
    await writeFile(path.join(dir, 'articles/2031/01/9002-dang-viet.json'), '{ "id": 9002, "title": ');
    await reloaded;
    const third = await getContent();
    assert.equal(third.articleCount, after.articleCount);
    assert.ok(third.getArticle(9001));
    assert.ok(reloads >= 2);
  } finally {
    stop();
    await rm(dir, { recursive: true, force: true });
  }
});
