import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withOneArticle } from './one-article-folder';

/** Gallery and video blocks: check-content names a bad block by its field, like any other. */
const photo = (src = 'ho-guom.jpg', extra: object = {}) => ({ src, alt: 'Hồ Gươm', caption: 'Hồ Gươm', credit: 'Ảnh: Tú Linh', width: 1200, height: 800, ...extra });

const FILE = 'articles/1-bai-thu.json';

function problemsOf(body: object[]): Promise<string[]> {
  const record = {
    id: 1,
    title: 'Bài thử',
    sapo: 'Bài thử các khối ảnh và video.',
    category: 'thoi-su',
    authors: ['tu-linh'],
    publishedAt: '2022-12-23T16:45:00+07:00',
    body: [{ type: 'paragraph', content: 'Mở đầu.' }, ...body],
  };
  return withOneArticle(FILE, record, ({ problems }) => problems);
}

test('good gallery and both kinds of video load without problems', async () => {
  assert.deepEqual(
    await problemsOf([
      { type: 'gallery', title: 'Hồ Gươm', photos: [photo(), photo()] },
      { type: 'video', source: 'file', src: 'media/clip.mp4', poster: photo(), caption: 'Clip', duration: 12 },
      { type: 'video', source: 'youtube', id: 'dQw4w9WgXcQ', title: 'Phóng sự', poster: photo() },
      { type: 'video', source: 'youtube', id: 'a-b_c1D2e3F', title: 'Không ảnh bìa' },
    ]),
    [],
  );
});

test('a bad photo in a gallery is named by its index; a gallery needs two photos', async () => {
  assert.deepEqual(await problemsOf([{ type: 'gallery', photos: [photo(), photo('ho-guom.jpg', { alt: ' ' })] }]), [
    `${FILE}: body.1.photos.1.alt — must not be empty`,
  ]);
  assert.deepEqual(await problemsOf([{ type: 'gallery', photos: [photo()] }]), [`${FILE}: body.1.photos — a gallery needs at least two photos`]);
  assert.deepEqual(await problemsOf([{ type: 'gallery', photos: [photo(), photo('khong-co.jpg')] }]), [
    `${FILE}: body.1.photos.1.src — image file images/khong-co.jpg not found`,
  ]);
});

test('video: the YouTube id pattern, the file under media/, missing files and posters', async () => {
  assert.deepEqual(await problemsOf([{ type: 'video', source: 'youtube', id: 'https://youtu.be/x', title: 'Sai' }]), [
    `${FILE}: body.1.id — must be an 11-character YouTube video id`,
  ]);
  assert.deepEqual(await problemsOf([{ type: 'video', source: 'file', src: 'clip.mov', poster: photo() }]), [
    `${FILE}: body.1.src — must be an MP4 file under media/, like media/2022/12/clip.mp4`,
  ]);
  assert.deepEqual(await problemsOf([{ type: 'video', source: 'file', src: 'media/clip.mp4' }]), [`${FILE}: body.1.poster — Invalid input: expected object, received undefined`]);
  assert.deepEqual(await problemsOf([{ type: 'video', source: 'file', src: 'media/khong-co.mp4', poster: photo('media/khong-co.jpg') }]), [
    `${FILE}: body.1.src — video file images/media/khong-co.mp4 not found`,
    `${FILE}: body.1.poster.src — image file images/media/khong-co.jpg not found`,
  ]);
});
