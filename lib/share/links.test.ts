import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareLinks } from './links';

const URL_ = 'https://tinthudo.example/ha-noi-chu-dong-1000.html';
const TITLE = 'Hà Nội chủ động xử lý kịp thời';

test('each network gets the canonical URL in the parameter it reads', () => {
  const links = Object.fromEntries(shareLinks(URL_, TITLE, `${TITLE}\n\n${URL_}`).map((l) => [l.network, new URL(l.href)]));
  assert.deepEqual(Object.keys(links), ['facebook', 'zalo', 'x', 'email']);
  assert.equal(links.facebook!.origin + links.facebook!.pathname, 'https://www.facebook.com/sharer/sharer.php');
  assert.equal(links.facebook!.searchParams.get('u'), URL_);
  assert.equal(links.zalo!.host, 'button-share.zalo.me');
  assert.deepEqual(JSON.parse(Buffer.from(links.zalo!.searchParams.get('d')!, 'base64').toString('utf8')), { url: URL_ });
  assert.equal(links.x!.searchParams.get('url'), URL_);
  assert.equal(links.x!.searchParams.get('text'), TITLE);
});

test('the email link has the headline as subject and spaces as %20', () => {
  const email = shareLinks(URL_, TITLE, `${TITLE}\n\n${URL_}`).find((l) => l.network === 'email')!.href;
  assert.match(email, /^mailto:\?subject=H%C3%A0%20N%E1%BB%99i/);
  assert.ok(!email.includes('+'));
  assert.equal(decodeURIComponent(email.split('&body=')[1]!), `${TITLE}\n\n${URL_}`);
});
