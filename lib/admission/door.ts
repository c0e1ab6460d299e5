import type { IncomingMessage, ServerResponse } from 'node:http';
import { config } from '../config';
import type { Locale } from '../locale';
import type { PageKind } from '../metrics';
import type { RequestTarget } from '../routing/request-target';
import { internalPath } from '../routing/route';
import { singleton } from '../singletons';
import { VIEW_PARAM } from '../urls';
import { Admission } from './admission';
import { hotPages } from './hot';

/**
 * Which lane a request takes at the door, from its URL alone:
 * - `free`: files, images, health and metrics, every redirect the URL decides (a respelling, the
 *   ?view= switch), the 404 of a URL that names nothing, and pages the cache answered lately
 *   (hot.ts): they go to Next at once;
 * - `render`: every other page (probably not cached: a render, or a search, which never is),
 *   bounded by the door, with the reader's edition and frame for the 503.
 */
export type Lane = { lane: 'free' } | { lane: 'render'; kind: PageKind; locale: Locale; mobile: boolean };

export function laneOf(target: RequestTarget): Lane {
  if (target.kind !== 'page' || target.search.has(VIEW_PARAM)) return { lane: 'free' };
  const { route, respell } = target;
  if (respell !== undefined || route.kind === 'not-found') return { lane: 'free' };
  if (route.kind !== 'search' && hotPages().has(internalPath(route))) return { lane: 'free' };
  return { lane: 'render', kind: route.kind, locale: route.locale, mobile: route.mobile };
}

/**
 * The door (decision 024): the first line of admission control, in the server hook, before Next
 * reads a request. A page request that would render holds one of RENDER_CONCURRENCY places in
 * Next until its answer is sent; more wait here, first come first served, RENDER_QUEUE at most,
 * RENDER_QUEUE_MS at most; past that they are answered 503 here, from a page made once, for a
 * few microseconds instead of Next's whole request work (under 1,000 connections that work, not
 * the renders, was what collapsed). The render gate (pipeline/gate.ts) still bounds the renders
 * themselves, for what the door let in as cached and was not.
 */
const door = () =>
  singleton('admission-door', () => new Admission({ concurrency: config.renderConcurrency, queue: config.renderQueue, queueMs: config.renderQueueMs, renders: false }));

export function throughDoor(target: RequestTarget, request: IncomingMessage, response: ServerResponse, pass: () => void, refuse: (edition: { locale: Locale; mobile: boolean }) => void): void {
  const lane = laneOf(target);
  if (lane.lane === 'free') return pass();
  void door()
    .run(lane.kind, () => {
      // Answered (or the reader gone) while it waited: nothing to pass on.
      if (response.writableEnded || request.socket.destroyed) return Promise.resolve();
      const done = new Promise<void>((resolve) => response.once('close', () => resolve()));
      pass();
      return done;
    })
    .then((outcome) => {
      if (!outcome.admitted) refuse(lane);
    });
}
