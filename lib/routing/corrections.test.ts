import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctionHeaders, correctionOf, readCorrections, type Corrections } from './corrections';

const plain: Corrections = { clean: '/x-1000.html', toPhone: false };

test('every correction in one hop: the content’s canonical URL beats the respelling, and a phone gets the mobile twin of the corrected URL', () => {
  assert.equal(correctionOf(plain), undefined);
  assert.deepEqual(correctionOf({ ...plain, respell: '/x-1000.html?page=2' }), { status: 308, location: '/x-1000.html?page=2', perReader: false });
  assert.deepEqual(correctionOf({ clean: '/vi/old-1000.html', respell: '/old-1000.html', toPhone: false }, '/new-1000.html'), { status: 308, location: '/new-1000.html', perReader: false });
  assert.deepEqual(correctionOf({ clean: '/vi/old-1000.html', respell: '/old-1000.html', toPhone: true }, '/new-1000.html'), { status: 302, location: '/m/new-1000.html', perReader: true });
  assert.deepEqual(correctionOf({ clean: '/en/x-1.html?utm_source=a', toPhone: true }), { status: 302, location: '/en/m/x-1.html?utm_source=a', perReader: true });
});

test('what the proxy hands on reads back the same, and only site paths are believed', () => {
  const handed: Corrections = { clean: '/vi/old-1000.html?a=1', respell: '/old-1000.html?a=1', toPhone: true };
  assert.deepEqual(readCorrections(new Headers(correctionHeaders(handed))), handed);
  assert.deepEqual(readCorrections(new Headers(correctionHeaders(plain))), { ...plain, respell: undefined });
  assert.equal(readCorrections(new Headers()), undefined);
  assert.equal(readCorrections(new Headers({ 'x-tin-clean': '//evil.example/x' })), undefined);
  assert.equal(readCorrections(new Headers({ 'x-tin-clean': '/x', 'x-tin-respell': 'https://evil.example/' }))?.respell, undefined);
});
