import { expect, test } from '@playwright/test';

// Runs in the phone project (Pixel 7 on Chromium): the mobile site and the desktop ↔ mobile switch.
const SEED = '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html';
const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';

test('a phone opening a desktop URL lands on the mobile twin', async ({ page }) => {
  await page.goto(SEED);
  await expect(page).toHaveURL(new RegExp(`/m${SEED.replace('.', '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hà Nội chủ động xử lý kịp thời/);
});

test('a desktop browser stays on desktop', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: DESKTOP_UA, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const response = await page.goto(SEED);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${SEED.replace('.', '\\.')}$`));
  expect(page.url()).not.toContain('/m/');
  await context.close();
});

test('switch links go both ways to the same article and the choice is remembered', async ({ page }) => {
  await page.goto(`/m${SEED}`);
  await page.getByRole('link', { name: 'Phiên bản máy tính' }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*${SEED.replace('.', '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hà Nội chủ động xử lý kịp thời/);
  // Remembered: the phone now opens desktop URLs on desktop.
  await page.goto('/thoi-su');
  await expect(page).toHaveURL(/\/thoi-su$/);
  await expect(page.getByRole('link', { name: 'Phiên bản di động' })).toBeVisible();
  // And back.
  await page.goto(SEED);
  await page.getByRole('link', { name: 'Phiên bản di động' }).click();
  await expect(page).toHaveURL(new RegExp(`/m${SEED.replace('.', '\\.')}$`));
  await page.goto('/thoi-su');
  await expect(page).toHaveURL(/\/m\/thoi-su$/);
});

test('the mobile article carries the whole article and no script', async ({ page, request }) => {
  const response = await request.get(`/m${SEED}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
  const html = await response.text();
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
  await page.goto(`/m${SEED}`);
  await expect(page.locator('time[datetime="2022-12-23T16:45:00+07:00"]')).toHaveText('Thứ Sáu, 23/12/2022 16:45');
  await expect(page.locator('.sapo')).toContainText('Chiều 23/12, Đoàn kiểm tra số 3');
  await expect(page.locator('figcaption')).toHaveCount(3);
  await expect(page.locator('figcaption').first()).toContainText('Quang cảnh hội nghị');
  await expect(page.locator('blockquote')).toContainText('Ban Thường vụ Thành ủy rất mong nhận được');
  await expect(page.getByRole('heading', { level: 2, name: 'Cấp ủy Đảng có thẩm quyền chỉ đạo làm rõ nhiều vấn đề' })).toBeVisible();
  await expect(page.locator('.related-box a')).toHaveCount(3);
  await expect(page.locator('.related-box a').first()).toHaveAttribute('href', /^\/m\//);
  await expect(page.locator('.byline')).toContainText('Tú Linh');
  await expect(page.locator('.byline')).toContainText('Ảnh: Viết Thành');
  const bodySize = await page.locator('.article-body > p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(17);
});

test('canonical and alternate pair point at each other', async ({ page, baseURL }) => {
  await page.goto(`/m${SEED}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${SEED}`);
  const desktop = await (await page.request.get(SEED, { headers: { 'User-Agent': DESKTOP_UA } })).text();
  expect(desktop).toContain(`<link rel="alternate" media="only screen and (max-width: 640px)" href="${baseURL}/m${SEED}"/>`);
});

for (const path of ['/m', '/m/thoi-su', '/m/thoi-su?page=2', `/m${SEED}`, '/m/tac-gia/tu-linh', '/m/tim-kiem?q=ha+noi', '/m/khong-co', '/en/m']) {
  test(`no script and no horizontal overflow at 320 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const response = await page.goto(path);
    expect([200, 404]).toContain(response?.status());
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the category menu opens without JavaScript and pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: DESKTOP_UA, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/m');
  await page.getByText('Chuyên mục', { exact: true }).click();
  await page.getByRole('link', { name: 'Thời sự' }).click();
  await expect(page).toHaveURL(/\/m\/thoi-su$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thời sự');
  await page.getByRole('link', { name: /Trang sau/ }).click();
  await expect(page).toHaveURL(/\/m\/thoi-su\?page=2$/);
  await context.close();
});

test('unknown mobile URLs are a 404 page in the mobile frame', async ({ request }) => {
  const response = await request.get('/m/khong-co-999999.html');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Không tìm thấy trang');
});

test('requests for an m. host are served as mobile at the plain paths', async ({ request, baseURL }) => {
  const mobileHost = `m.${new URL(baseURL!).hostname}`;
  const response = await request.get('/thoi-su', { headers: { Host: mobileHost, 'User-Agent': DESKTOP_UA } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
  expect(await response.text()).toContain('Phiên bản máy tính');
});
