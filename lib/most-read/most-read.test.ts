import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FileViewCounter } from './file-counter';
import { clientAddress, MAX_REMEMBERED, VIEWS_PER_ADDRESS, ViewGate } from './gate';

const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
const headers = (entries: Record<string, string>) => new Headers(entries);
const at = new Date('2026-11-30T10:15:00Z');

const TIER = ['127.0.0.1', '::1'];

test('a reader counts once per article per hour; bots, link previews and prefetches never', () => {
  const gate = new ViewGate(TIER);
  const reader = headers({ 'user-agent': READER, 'x-forwarded-for': '203.0.113.7' });
  assert.equal(gate.counts({ articleId: 1000, headers: reader, at }), true);
  assert.equal(gate.counts({ articleId: 1000, headers: reader, at: new Date(at.getTime() + 60_000) }), false, 'a flood from one client');
  assert.equal(gate.counts({ articleId: 1001, headers: reader, at }), true, 'another article');
  assert.equal(gate.counts({ articleId: 1000, headers: headers({ 'user-agent': READER, 'x-forwarded-for': '203.0.113.8' }), at }), true, 'another reader');
  assert.equal(gate.counts({ articleId: 1000, headers: reader, at: new Date('2026-11-30T11:01:00Z') }), true, 'the next hour');
  for (const ua of ['facebookexternalhit/1.1', 'Zalo-preview', 'Mozilla/5.0 (compatible; Googlebot/2.1)', '']) {
    assert.equal(gate.counts({ articleId: 1002, headers: headers({ 'user-agent': ua }), at }), false, ua || 'no User-Agent');
  }
  assert.equal(gate.counts({ articleId: 1003, headers: headers({ 'user-agent': READER, 'sec-purpose': 'prefetch' }), at }), false);
  assert.equal(gate.counts({ articleId: 1003, headers: headers({ 'user-agent': READER, purpose: 'prefetch' }), at }), false);
});

test("the reader's address comes only from trusted proxies, never from what the reader wrote", () => {
  // The server appends the connecting address (lib/http/peer.ts); the tier sets the header to its client's.
  assert.equal(clientAddress('203.0.113.7, 127.0.0.1', TIER), '203.0.113.7', 'through the tier');
  assert.equal(clientAddress('1.2.3.4, 203.0.113.7', TIER), '203.0.113.7', 'straight to the app, a spoofed header');
  assert.equal(clientAddress('1.2.3.4, 5.6.7.8, 198.51.100.2', TIER), '198.51.100.2', 'a chain the reader wrote');
  assert.equal(clientAddress('127.0.0.1, ::ffff:127.0.0.1', TIER), '127.0.0.1', 'a reader on this machine');
  assert.equal(clientAddress('203.0.113.7', []), '203.0.113.7', 'no proxy trusted: the connecting address');
  assert.equal(clientAddress('1.2.3.4, 203.0.113.7, 127.0.0.1', ['127.0.0.1']), '203.0.113.7', 'the tier wrote 203.0.113.7; what came before it is ignored');
});

test('one address counts at most VIEWS_PER_ADDRESS views of an article an hour, whatever its browsers', () => {
  const gate = new ViewGate(TIER);
  let counted = 0;
  for (let i = 0; i < 300; i++) {
    const spoofed = headers({ 'user-agent': `${READER} r${i}`, 'x-forwarded-for': `10.0.${i % 250}.${i % 7}, 198.51.100.9` });
    if (gate.counts({ articleId: 1052, headers: spoofed, at })) counted++;
  }
  assert.equal(counted, VIEWS_PER_ADDRESS);
  assert.equal(gate.counts({ articleId: 1053, headers: headers({ 'user-agent': READER, 'x-forwarded-for': '198.51.100.9' }), at }), true, 'another article');
});

test("the gate's memory is bounded: past the limit the oldest addresses are forgotten", () => {
  const gate = new ViewGate(TIER, { perAddress: VIEWS_PER_ADDRESS, remembered: 1000 });
  for (let i = 0; i < 5000; i++) gate.counts({ articleId: 1000, headers: headers({ 'user-agent': READER, 'x-forwarded-for': `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}` }), at });
  assert.equal(gate.size, 1000);
  assert.ok(MAX_REMEMBERED <= 100_000, 'the default bound stays small');
});

test('counts survive a restart, rank most read first, and an unreadable file starts afresh', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'most-read-'));
  try {
    const file = path.join(dir, 'state', 'most-read.json');
    const first = new FileViewCounter(file);
    for (const id of [1000, 1001, 1001, 1002, 1001, 1000]) first.add(id, at);
    first.add(1003, new Date(at.getTime() - 3 * 24 * 3600_000));
    await first.flush();
    const again = new FileViewCounter(file);
    assert.deepEqual(await again.top(new Date(at.getTime() - 24 * 3600_000), 10), [
      { id: 1001, views: 3 },
      { id: 1000, views: 2 },
      { id: 1002, views: 1 },
    ]);
    assert.deepEqual((await again.top(new Date(at.getTime() - 7 * 24 * 3600_000), 10)).map((t) => t.id), [1001, 1000, 1003, 1002]);
    assert.match(await readFile(file, 'utf8'), /"hours"/);
    await writeFile(file, '{ half a file');
    assert.deepEqual(await new FileViewCounter(file).top(new Date(0), 10), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
