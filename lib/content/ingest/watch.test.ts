import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { memoryIndex, reloadMemory } from '../runtime';
import type { MemoryIndex } from '../memory/memory-index';
import { watchContent } from './watch';

const DATA = path.join(import.meta.dirname, '../../../data');
const SEED = 'articles/2022/12/1000-ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa.json';

/** Polls the live index until `check` holds (or fails after 10 s with `what`). */
async function until(what: string, check: (index: MemoryIndex) => boolean): Promise<MemoryIndex> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const index = await memoryIndex();
    if (check(index)) return index;
    if (Date.now() > deadline) assert.fail(`not within 10 s: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('saving, atomic saves, half-written files and moved folders are all picked up without a restart', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'content-watch-'));
  const watcher = { stop: () => {} };
  try {
    await cp(DATA, dir, { recursive: true });
    process.env.CONTENT_DIR = dir;
    const start = await memoryIndex();
    const started = watchContent(reloadMemory);
    watcher.stop = started.stop;
    await started.ready;
    const seed = JSON.parse(await readFile(path.join(dir, SEED), 'utf8'));
    const article = (title: string) => JSON.stringify({ ...seed, id: 9001, slug: 'bai-moi', title });

    // A new article in a month folder that did not exist yet.
    const month = path.join(dir, 'articles/2031/01');
    const file = path.join(month, '9001-bai-moi.json');
    await mkdir(month, { recursive: true });
    await writeFile(file, article('Bài mới đăng'));
    await until('the new article', (i) => i.article(9001)?.title === 'Bài mới đăng');

    // Editors (vim, sed -i, rsync) save by writing a temporary file and renaming it over: twice.
    for (const title of ['Sửa lần một', 'Sửa lần hai']) {
      await writeFile(`${file}.tmp`, article(title));
      await rename(`${file}.tmp`, file);
      await until(`the atomic save "${title}"`, (i) => i.article(9001)?.title === title);
    }

    // A half-written file is reported and skipped; the rest stays.
    await writeFile(path.join(month, '9002-dang-viet.json'), '{ "id": 9002, "title": ');
    await writeFile(path.join(month, '9003-bai-khac.json'), JSON.stringify({ ...seed, id: 9003, slug: 'bai-khac' }));
    const after = await until('the article saved next to the broken one', (i) => i.article(9003) !== undefined);
    assert.equal(after.size, start.size + 2);

    // An edit that breaks a published article keeps its last good version online; fixing it publishes the fix.
    const revision = after.article(9001)?.revision;
    await writeFile(file, JSON.stringify({ ...JSON.parse(article('Sửa hỏng')), publishedAt: 'hôm qua' }));
    await writeFile(path.join(month, '9004-bao-hieu.json'), JSON.stringify({ ...seed, id: 9004, slug: 'bao-hieu' }));
    const broken = await until('the reload after the broken edit', (i) => i.article(9004) !== undefined);
    assert.equal(broken.article(9001)?.title, 'Sửa lần hai');
    assert.equal(broken.article(9001)?.revision, revision);
    await writeFile(file, article('Đã sửa lại'));
    const fixed = await until('the fixed article', (i) => i.article(9001)?.title === 'Đã sửa lại');
    assert.notEqual(fixed.article(9001)?.revision, revision);
    await rm(path.join(month, '9004-bao-hieu.json'));

    // Unpublishing a whole month by moving its folder away.
    await rename(path.join(dir, 'articles/2031'), path.join(dir, 'unpublished-2031'));
    const gone = await until('the moved folder to be gone', (i) => i.article(9001) === undefined);
    assert.equal(gone.size, start.size);

    // Moving it back publishes it again, and its folders are watched again: an edit there is seen.
    await rename(path.join(dir, 'unpublished-2031'), path.join(dir, 'articles/2031'));
    await until('the folder moved back', (i) => i.article(9001)?.title === 'Đã sửa lại');
    await writeFile(file, article('Sửa sau khi chuyển lại'));
    const final = await until('an edit in the folder moved back', (i) => i.article(9001)?.title === 'Sửa sau khi chuyển lại');
    assert.equal(final.size, start.size + 2);
  } finally {
    watcher.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
