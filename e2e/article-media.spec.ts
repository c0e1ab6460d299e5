import { expect, test, type Request } from '@playwright/test';
import { SITE_URL } from './lib/servers';
import { bodyBlock, GALLERY_ARTICLE, VIDEO_FILE_ARTICLE, YOUTUBE_ARTICLE } from './lib/site';
import { ldJsonBlocks, ldJsonNodes, nodesOfType } from './lib/structured-data';

// Photo stories and video on the desktop site (the phone's version: mobile.spec.ts).

const gallery = bodyBlock(GALLERY_ARTICLE.id, 'gallery');
const youtube = bodyBlock(YOUTUBE_ARTICLE.id, 'video');
const videoFile = bodyBlock(VIDEO_FILE_ARTICLE.id, 'video');
const origin = new URL(SITE_URL).origin;
const thirdParty = (requests: Request[]) => requests.map((r) => r.url()).filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));

test('a gallery is the photos in order, each a figure with its caption and credit, space reserved', async ({ page }) => {
  await page.goto(GALLERY_ARTICLE.path);
  const list = page.locator('.gallery ol');
  await expect(page.locator('.gallery__title')).toHaveText(gallery.title!);
  const figures = list.locator('li > figure');
  await expect(figures).toHaveCount(gallery.photos!.length);
  for (const [i, photo] of gallery.photos!.entries()) {
    const figure = figures.nth(i);
    await expect(figure.getByRole('img', { name: photo.alt })).toHaveAttribute('width', String(photo.width));
    await expect(figure.getByRole('img', { name: photo.alt })).toHaveAttribute('height', String(photo.height));
    await expect(figure.locator('figcaption')).toHaveText(`${photo.caption} ${photo.credit}`);
  }
});

test('a YouTube video asks nothing of a third party until the reader clicks, then plays from youtube-nocookie', async ({ page }) => {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  // The test never reaches YouTube: the player's request is answered here, and the iframe's address is what counts.
  await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' }));
  const response = await page.goto(YOUTUBE_ARTICLE.path);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain('frame-src https://www.youtube-nocookie.com;');
  expect(csp).toContain("img-src 'self' data:;");

  const facade = page.getByRole('link', { name: `Phát video: ${youtube.title}` });
  await expect(facade, 'without JavaScript the facade is a plain link to the video').toHaveAttribute('href', `https://www.youtube.com/watch?v=${youtube.id}`);
  await facade.scrollIntoViewIfNeeded();
  await expect(facade.locator('img')).toHaveJSProperty('complete', true);
  await page.waitForLoadState('networkidle');
  expect(thirdParty(requests), 'requests to other origins before the click').toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);

  await facade.click();
  const frame = page.locator('iframe.video__frame');
  await expect(frame).toHaveAttribute('src', `https://www.youtube-nocookie.com/embed/${youtube.id}?autoplay=1`);
  await expect(frame).toHaveAttribute('title', youtube.title!);
  await expect(frame).toBeFocused();
  expect(thirdParty(requests).every((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).toBe(true);
});

test('a video file plays in the browser’s player, loads nothing until played, and is served with byte ranges', async ({ page, request }) => {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto(VIDEO_FILE_ARTICLE.path);
  const video = page.locator('main video');
  await expect(video).toHaveAttribute('preload', 'none');
  await expect(video).toHaveAttribute('controls', '');
  await expect(video).toHaveAttribute('poster', /^\/media\/w960\/media\/metro-chay-thu\.jpg$/);
  const source = video.locator('source');
  await expect(source).toHaveAttribute('type', 'video/mp4');
  const src = await source.getAttribute('src');
  expect(src).toBe(`/media/video/${videoFile.src!.replace(/^media\//, '')}`);
  await page.waitForLoadState('networkidle');
  expect(requests.map((r) => r.url()).filter((u) => u.endsWith('.mp4')), 'preload="none": no video bytes before play').toEqual([]);
  // It plays (the CSP lets it load; the file decodes).
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0);

  const whole = await request.get(src!);
  expect(whole.status()).toBe(200);
  expect(whole.headers()['content-type']).toBe('video/mp4');
  expect(whole.headers()['accept-ranges']).toBe('bytes');
  expect(whole.headers()['cache-control']).toBe('public, max-age=604800, stale-while-revalidate=86400');
  const size = (await whole.body()).length;
  const part = await request.get(src!, { headers: { Range: 'bytes=100-199' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 100-199/${size}`);
  expect((await part.body()).length).toBe(100);
  expect((await request.get(src!, { headers: { Range: `bytes=${size}-` } })).status()).toBe(416);
  expect((await request.get('/media/video/khong-co.mp4')).status()).toBe(404);
});

test('JSON-LD carries a VideoObject for each kind of video', async ({ request }) => {
  for (const [item, expected] of [
    [VIDEO_FILE_ARTICLE, { name: videoFile.caption, contentUrl: `${origin}/media/video/metro-chay-thu.mp4` }],
    [YOUTUBE_ARTICLE, { name: youtube.title, embedUrl: `https://www.youtube-nocookie.com/embed/${youtube.id}` }],
  ] as const) {
    const html = await (await request.get(item.path)).text();
    const [news] = nodesOfType(ldJsonNodes(ldJsonBlocks(html)), 'NewsArticle');
    const videos = (news?.video ?? []) as Record<string, unknown>[];
    expect(videos, item.path).toHaveLength(1);
    const video = videos[0]!;
    expect(video).toMatchObject({ '@type': 'VideoObject', ...expected });
    expect(video.description).toEqual(expect.any(String));
    expect(String(video.thumbnailUrl)).toMatch(new RegExp(`^${origin}/media/media/.+\\.jpg$`));
    expect(String(video.uploadDate)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
  }
  const html = await (await request.get(GALLERY_ARTICLE.path)).text();
  expect(nodesOfType(ldJsonNodes(ldJsonBlocks(html)), 'NewsArticle')[0]).not.toHaveProperty('video');
});
