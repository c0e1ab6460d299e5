import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthOf, vietnamTime } from './hanoi-time';

test('any offset is written as the same instant in Hà Nội time', () => {
  assert.equal(vietnamTime('2022-12-23T16:45:00+07:00'), '2022-12-23T16:45:00+07:00');
  assert.equal(vietnamTime('2022-12-23T09:45:00Z'), '2022-12-23T16:45:00+07:00');
  assert.equal(vietnamTime(new Date('2022-12-23T09:45:00Z')), '2022-12-23T16:45:00+07:00');
  // Crosses midnight into the next day in Hà Nội.
  assert.equal(vietnamTime('2026-10-14T20:30:00-04:00'), '2026-10-15T07:30:00+07:00');
});

test('the month is the Hà Nội month, not the UTC one', () => {
  assert.equal(monthOf('2022-12-31T18:00:00Z'), '2023-01');
  assert.equal(monthOf('2022-12-31T16:59:59Z'), '2022-12');
  assert.equal(monthOf('2023-01-01T00:30:00+07:00'), '2023-01');
});
