import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, validateHtml } from './validate-html';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang thử</title></head><body>${body}</body></html>`;

test('the HTML check fails a page that gains an error, tells warnings apart and names page and markup', async () => {
  // One batch, one JVM start (seconds), as the e2e check does it.
  const messages = await validateHtml([
    { name: 'valid', html: page('<main><h1>Tin Thủ Đô</h1><p>Nội dung</p></main>') },
    // The error that once slipped through: a label on a <span> without a role (the current page in the pagination).
    { name: 'broken', html: page('<nav aria-label="Phân trang"><span aria-current="page" aria-label="Trang 2, trang hiện tại">2</span></nav>') },
    // A <section> without a heading is allowed, but the checker warns.
    { name: 'warned', html: page('<main><section><p>Không có tiêu đề</p></section></main>') },
  ]);
  const all = messages.map(formatMessage).join('\n');
  assert.deepEqual(messages.map((m) => [m.page, m.type]), [['broken', 'error'], ['warned', 'warning']], all);
  const [error] = messages;
  assert.match(error?.message ?? '', /“aria-label” attribute must not be specified on any “span” element/);
  assert.match(formatMessage(error!), /^broken:1:\d+ error — .*\n {4}.*aria-label="Trang 2, trang hiện tại"/);
});
