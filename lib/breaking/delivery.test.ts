import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BannerSlot } from '../../components/layout/BreakingBanner';
import { bannerHtml } from '../../components/layout/banner-html';
import { testUi } from '../i18n/test-ui';
import { BANNER_SLOT, insertBanner, insertBannerBytes } from './delivery';

test('the slot the frames draw is the exact markup insertBanner looks for', () => {
  assert.equal(renderToStaticMarkup(createElement(BannerSlot)), BANNER_SLOT);
});

test('insertBanner puts the banner in the first slot, and leaves a page without a slot or a banner as it was', () => {
  const page = `<body><header></header>${BANNER_SLOT}<main>…</main></body>`;
  const banner = bannerHtml({ text: 'Bão số 3 đổ bộ', href: '/bao-so-3-1500.html' }, testUi('vi'));
  assert.equal(
    insertBanner(page, banner),
    '<body><header></header><aside class="breaking" aria-label="Tin nóng"><p class="breaking__inner"><strong class="breaking__label">Tin nóng</strong> ' +
      '<a class="breaking__text" href="/bao-so-3-1500.html">Bão số 3 đổ bộ</a></p></aside><main>…</main></body>',
  );
  assert.equal(insertBanner(page, undefined), page);
  assert.equal(insertBanner('<main>…</main>', banner), '<main>…</main>');
  // The mobile frame points the link at the mobile twin; the English label.
  assert.match(bannerHtml({ text: 'Storm', href: '/en/storm-1501.html' }, testUi('en', { mobile: true })), /aria-label="Breaking".*href="\/en\/m\/storm-1501\.html"/);
});

test('insertBannerBytes does the same on UTF-8 bytes', () => {
  const page = `<header></header>${BANNER_SLOT}<main>Hà Nội</main>`;
  const banner = '<aside>Tin nóng</aside>';
  assert.equal(insertBannerBytes(Buffer.from(page), Buffer.from(banner)).toString(), insertBanner(page, banner));
  const bytes = Buffer.from('<main>…</main>');
  assert.equal(insertBannerBytes(bytes, Buffer.from(banner)), bytes);
  assert.equal(insertBannerBytes(Buffer.from(page), undefined).toString(), page);
});
