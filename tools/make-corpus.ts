// `npm run make-corpus -- <folder> [count]`: writes a content folder with `count` articles
// (default 100,000) for load and speed measurements at newsroom scale. Site settings, categories,
// authors and photos come from ./data (photos are linked, not copied); articles are the bundled
// ones repeated with new ids, new slugs and dates spread over the last ten years, one file each
// in articles/yyyy/mm/ as an editor would add them. Nothing here is used by the site itself.
import { copyFile, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Progress } from '../lib/cli/progress';

const SOURCE = path.resolve('data');
const TEN_YEARS_MS = 10 * 365 * 24 * 60 * 60 * 1000;
const FIRST_ID = 100_000;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat().filter((f) => f.endsWith('.json'));
}

async function main() {
  const target = path.resolve(process.argv[2] ?? '');
  const count = Number(process.argv[3] ?? 100_000);
  if (!process.argv[2] || !Number.isInteger(count) || count < 1) {
    console.error('usage: npm run make-corpus -- <folder> [count]');
    process.exit(2);
  }
  await rm(target, { recursive: true, force: true });
  await mkdir(path.join(target, 'articles'), { recursive: true });
  for (const file of ['site.json', 'categories.json', 'authors.json']) await copyFile(path.join(SOURCE, file), path.join(target, file));
  await symlink(path.join(SOURCE, 'images'), path.join(target, 'images'));

  const templates = await Promise.all((await walk(path.join(SOURCE, 'articles'))).map(async (f) => JSON.parse(await readFile(f, 'utf8'))));
  const now = Date.now();
  const started = performance.now();
  const folders = new Map<string, Promise<unknown>>();
  const progress = new Progress(count, 'articles');
  for (let i = 0; i < count; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - i) }, async (_, k) => {
        const n = i + k;
        const template = templates[n % templates.length];
        const id = FIRST_ID + n;
        const published = new Date(now - Math.floor((n / count) * TEN_YEARS_MS) - 3_600_000);
        const local = new Date(published.getTime() + 7 * 3_600_000).toISOString();
        const slug = `${template.slug ?? 'bai-viet'}-${n}`.slice(0, 120);
        // Related links point at other generated articles so every id still resolves.
        const body = template.body.map((block: { type: string }) =>
          block.type === 'related' ? { type: 'related', ids: [FIRST_ID + ((n + 1) % count)] } : block,
        );
        const article = { ...template, id, slug, publishedAt: `${local.slice(0, 19)}+07:00`, updatedAt: undefined, body };
        const folder = path.join(target, 'articles', local.slice(0, 4), local.slice(5, 7));
        if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
        await folders.get(folder);
        await writeFile(path.join(folder, `${id}-${slug}.json`), JSON.stringify(article));
      }),
    );
    progress.tick(Math.min(500, count - i));
  }
  progress.done();
  console.log(`${target}: ${count} articles in ${folders.size} month folders (${Math.round(performance.now() - started)} ms)`);
}

main();
