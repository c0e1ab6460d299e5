import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastGood } from './last-good';
import type { RenderedPage } from './render';

const page = (html: string): RenderedPage => ({ kind: 'page', status: 200, html, headers: {}, tags: [], renderedAt: 0 });

test('the last good answers are kept up to their bound, least recently answered first out', () => {
  const store = lastGood();
  const big = 'x'.repeat(6 * 1024 * 1024);
  const a = page(big);
  store.remember('/a', a);
  store.remember('/b', page(big));
  store.remember('/a', a); // answered again: now the most recent
  store.remember('/c', page(big)); // 18 MB > 16 MB: the least recent (/b) goes
  assert.equal(store.recall('/a'), a);
  assert.equal(store.recall('/b'), undefined);
  assert.ok(store.recall('/c'));
  const newer = page('y');
  store.remember('/c', newer);
  assert.equal(store.recall('/c'), newer, 'a newer render replaces the old one');
});
