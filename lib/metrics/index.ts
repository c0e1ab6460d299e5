import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { singleton } from '../singletons';

/**
 * What GET /metrics shows (Prometheus text format, prom-client; decision 022): renders in flight,
 * queued and shed, render time by page kind, answers by kind and cache outcome, the content
 * store's database calls and errors, the articles and the age of the last sync, plus Node's own
 * (memory, event loop, GC). One registry per process (lib/singletons), whichever route bundle
 * asks. The admission control that bounds uncached renders (issue 21, after the renderer's hook)
 * reports through renderQueued / renderStarted / renderFinished / renderShed (lib/admission).
 */

/** A page kind as lib/routing names it (home, article, category, search…), or `live-check`, `file`, `ops`, `other`. */
export type PageKind = string;

/** Why a render was refused: its queue was full, or it waited past its deadline. */
export type ShedReason = 'queue-full' | 'deadline';

/** How an answer was served, from Next's `x-nextjs-cache` header: HIT, STALE, MISS, or `none` (not a cached kind of answer). */
export type CacheOutcome = 'HIT' | 'STALE' | 'MISS' | 'none';

/** What the content layer reports at each scrape (registered by lib/content/runtime when the store starts). */
export interface ContentProbe {
  articles(): Promise<number>;
}

function build() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const content: { probe?: ContentProbe; lastSync?: number } = {};
  const m = {
    registry,
    content,
    rendersInFlight: new Gauge({ name: 'tin_renders_in_flight', help: 'Uncached renders running now, by page kind', labelNames: ['kind'], registers: [registry] }),
    rendersQueued: new Gauge({ name: 'tin_renders_queued', help: 'Uncached renders waiting for a slot, by page kind', labelNames: ['kind'], registers: [registry] }),
    rendersShed: new Counter({ name: 'tin_renders_shed_total', help: 'Renders refused (answered 503), by page kind and reason', labelNames: ['kind', 'reason'], registers: [registry] }),
    renderSeconds: new Histogram({
      name: 'tin_render_seconds',
      help: 'Time of an uncached render, by page kind',
      labelNames: ['kind'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers: [registry],
    }),
    answers: new Counter({ name: 'tin_answers_total', help: 'HTTP answers by page kind, cache outcome and status class', labelNames: ['kind', 'cache', 'status'], registers: [registry] }),
    answerSeconds: new Histogram({
      name: 'tin_answer_seconds',
      help: 'Time from the request to the end of its answer (waits at the door included), by page kind, cache outcome and status class',
      labelNames: ['kind', 'cache', 'status'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers: [registry],
    }),
    dbInFlight: new Gauge({ name: 'tin_db_calls_in_flight', help: 'Content store calls waiting on PostgreSQL now (the pool in use; more than its size means queued)', registers: [registry] }),
    dbPoolSize: new Gauge({ name: 'tin_db_pool_connections', help: 'Connections each pool may open', labelNames: ['pool'], registers: [registry] }),
    dbErrors: new Counter({ name: 'tin_db_errors_total', help: 'Content store calls that failed on PostgreSQL, by error code', labelNames: ['code'], registers: [registry] }),
    articles: new Gauge({
      name: 'tin_content_articles',
      help: 'Articles the content store serves (at the last scrape that could ask it)',
      registers: [registry],
      async collect() {
        if (!content.probe) return;
        try {
          this.set(await content.probe.articles());
        } catch {
          // the database is away: keep the last figure; tin_db_errors_total and /readyz say why
        }
      },
    }),
    lastSyncAge: new Gauge({
      name: 'tin_content_last_sync_age_seconds',
      help: 'Seconds since this instance last brought its content up to date (load, reload, sync, or a change heard from PostgreSQL)',
      registers: [registry],
      collect() {
        if (content.lastSync !== undefined) this.set((Date.now() - content.lastSync) / 1000);
      },
    }),
  };
  return m;
}

const metrics = () => singleton('metrics', build);

/** The /metrics answer: the text and its content type. */
export async function metricsText(): Promise<{ text: string; contentType: string }> {
  const { registry } = metrics();
  return { text: await registry.metrics(), contentType: registry.contentType };
}

// ---- Renders (admission control, lib/admission, calls these) ---------------------------------------------------

/** A render waits for a slot. Call renderStarted or renderShed when it leaves the queue. */
export function renderQueued(kind: PageKind): void {
  metrics().rendersQueued.inc({ kind });
}

/**
 * A render starts (leaving the queue when `fromQueue`); returns its start time, for
 * renderFinished.
 */
export function renderStarted(kind: PageKind, { fromQueue = false } = {}): number {
  const m = metrics();
  if (fromQueue) m.rendersQueued.dec({ kind });
  m.rendersInFlight.inc({ kind });
  return performance.now();
}

/** A render has ended (answered, or failed): its time goes into the histogram. */
export function renderFinished(kind: PageKind, started: number): void {
  const m = metrics();
  m.rendersInFlight.dec({ kind });
  m.renderSeconds.observe({ kind }, (performance.now() - started) / 1000);
}

/** A request left the door's queue for Next (lib/admission/door.ts): it waits no more. */
export function renderDequeued(kind: PageKind): void {
  metrics().rendersQueued.dec({ kind });
}

/** A render was refused (503), from the queue (`fromQueue`) or before it. */
export function renderShed(kind: PageKind, reason: ShedReason, { fromQueue = false } = {}): void {
  const m = metrics();
  if (fromQueue) m.rendersQueued.dec({ kind });
  m.rendersShed.inc({ kind, reason });
}

// ---- Answers (the server hook, lib/metrics/server.ts) --------------------------------------------

export function answered(kind: PageKind, cache: CacheOutcome, status: number, seconds: number): void {
  const m = metrics();
  const statusClass = `${Math.floor(status / 100)}xx`;
  m.answers.inc({ kind, cache, status: statusClass });
  m.answerSeconds.observe({ kind, cache, status: statusClass }, seconds);
}

// ---- The content store and its database ---------------------------------------------------------

/** The content store is ready: its article count is asked at each scrape. */
export function watchContent(probe: ContentProbe): void {
  metrics().content.probe = probe;
}

/** This instance's content was brought up to date now (load, reload, sync, NOTIFY). */
export function contentSynced(at = Date.now()): void {
  metrics().content.lastSync = at;
}

/** The size of a database pool (read, search, sync). */
export function poolSize(pool: string, connections: number): void {
  metrics().dbPoolSize.set({ pool }, connections);
}

/** A store call goes to the database; the function returned ends it (with its error, if any). */
export function databaseCall(): (error?: unknown) => void {
  const m = metrics();
  m.dbInFlight.inc();
  return (error?: unknown) => {
    m.dbInFlight.dec();
    if (error !== undefined) m.dbErrors.inc({ code: String((error as { code?: unknown }).code ?? 'unknown') });
  };
}
