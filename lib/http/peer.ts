import type { IncomingMessage } from 'node:http';

/**
 * The address that connected, appended to X-Forwarded-For as nginx's $proxy_add_x_forwarded_for
 * would: the last entry of the header the app reads is then always true, and a reader's own
 * X-Forwarded-For is only ever believed when it came through a trusted proxy
 * (lib/most-read/gate.ts clientAddress, TRUSTED_PROXIES). Next itself sets the header only when
 * it is absent, so without this a header written by the reader would be all the app knows.
 * Called for every request by the server hook (lib/metrics/server.ts).
 */
export function appendPeer(request: IncomingMessage): void {
  const peer = request.socket.remoteAddress;
  if (!peer) return;
  const sent = request.headers['x-forwarded-for'];
  const before = Array.isArray(sent) ? sent.join(', ') : sent;
  request.headers['x-forwarded-for'] = before ? `${before}, ${peer}` : peer;
}
