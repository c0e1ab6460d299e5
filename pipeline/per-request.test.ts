import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PER_REQUEST_MARKER } from '../components/document/PerRequestSlot';
import { fillPerRequest } from './per-request';

const route = { kind: 'home', locale: 'vi', mobile: false } as const;

test('the per-request slot of a cached page is filled on every answer, and leaves nothing of itself', async () => {
  const cached = `<body><header>…</header>${PER_REQUEST_MARKER}<main>…</main></body>`;
  assert.equal(await fillPerRequest(cached, { route }), '<body><header>…</header><main>…</main></body>');
  assert.equal(await fillPerRequest('<body>no slot</body>', { route }), '<body>no slot</body>');
});
