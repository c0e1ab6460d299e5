import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the portal, its tools and its tests read: one place, each with its
 * zod schema, its default and one line of meaning. Nothing else reads process.env. Values are
 * read when asked for (a test may set a variable before it starts a store) and parsed once per
 * value; an empty value is the same as no value. A bad value stops whoever asked with one
 * sentence naming the variable. Old names keep working, with a warning naming the new one.
 * The README's configuration table is generated from SETTINGS (`npm run config-table`) and a
 * unit test checks that it matches.
 */

/** Who reads the variable: the server (`npm start`), the operations scripts, the test suite, the benchmarks, or Next.js itself. */
export type Reader = 'server' | 'operations' | 'tests' | 'bench' | 'next';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

interface Spec<T> {
  name: string;
  /** Other names read the same way, without a warning (APP_URL for one instance). */
  aliases?: string[];
  /** Names this setting had before; still read, with a warning. */
  old?: string[];
  /** The value used when the variable is unset or empty (before parsing), or a function of other settings. */
  fallback?: string | (() => string | undefined);
  /** The default as the README shows it, when it is not simply `fallback`. */
  shown?: string;
  meaning: string;
  reader: Reader;
  schema: z.ZodType<T>;
}

export interface Setting<T> extends Spec<T> {
  readonly value: T;
  /** The variable (or an old name of it) has a value: the default is not in use. */
  readonly given: boolean;
}

const warned = new Set<string>();

function define<T>(spec: Spec<T>): Setting<T> {
  let cache: { raw: string | undefined; value: T } | undefined;
  const given = (): string | undefined => {
    const own = process.env[spec.name];
    if (own !== undefined && own !== '') return own;
    for (const alias of spec.aliases ?? []) {
      const value = process.env[alias];
      if (value !== undefined && value !== '') return value;
    }
    for (const old of spec.old ?? []) {
      const value = process.env[old];
      if (value === undefined || value === '') continue;
      if (!warned.has(old)) {
        warned.add(old);
        console.warn(`[config] ${old} is an old name: set ${spec.name} instead (read as ${spec.name} for now).`);
      }
      return value;
    }
    return undefined;
  };
  const raw = (): string | undefined => given() ?? (typeof spec.fallback === 'function' ? spec.fallback() : spec.fallback);
  return {
    ...spec,
    get given(): boolean {
      return given() !== undefined;
    },
    get value(): T {
      const text = raw();
      if (cache && cache.raw === text) return cache.value;
      const parsed = spec.schema.safeParse(text);
      if (!parsed.success) {
        throw new ConfigError(`${spec.name} ${parsed.error.issues[0]?.message ?? 'is invalid'}, not "${text ?? ''}".`);
      }
      cache = { raw: text, value: parsed.data };
      return parsed.data;
    },
  };
}

const text = z.string({ error: 'must be set' }).min(1, 'must not be empty');
const optionalText = z.string().optional();
const port = z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(1, 'must be a port number').max(65535, 'must be a port number');
const positive = (what: string) => z.coerce.number({ error: `must be ${what}` }).positive(`must be ${what}`);
const whole = (what: string) => z.coerce.number({ error: `must be ${what}` }).int(`must be ${what}`).positive(`must be ${what}`);
const onOff = z.enum(['0', '1', 'false', 'true', 'off', 'on'], { error: 'must be 1 or 0' }).transform((v) => v === '1' || v === 'true' || v === 'on');
/** A folder, resolved against the current folder once (Turbopack must not trace it as a module path). */
const folder = text.transform((p) => path.resolve(/*turbopackIgnore: true*/ p));
const httpUrl = text.refine((v) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v), 'must be an http(s) URL').transform((v) => v.replace(/\/+$/, ''));
/** One origin or a comma-separated list. */
const origins = text
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .refine((list) => list.length > 0 && list.every((o) => /^https?:\/\/[^\s/]+\/?$/.test(o)), 'must be one origin or a comma-separated list of origins (http://host:port)')
  .transform((list) => list.map((o) => o.replace(/\/+$/, '')));

/** IPv4 or IPv6 addresses, comma-separated (no names, no ranges). */
const addresses = text
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .refine((list) => list.every((a) => isIP(a) !== 0), 'must be IP addresses, comma-separated (127.0.0.1,::1)');
/** An address to listen on, or empty for every address. */
const listenAddress = z.string().refine((v) => v === '' || isIP(v) !== 0, 'must be an IP address (127.0.0.1, ::1, 0.0.0.0) or empty');

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const portSetting = define({ name: 'PORT', fallback: '3000', reader: 'server', schema: port, meaning: 'port of `npm start`' });
const storeSetting = define({ name: 'CONTENT_STORE', fallback: 'memory', reader: 'server', schema: z.enum(['memory', 'postgres'], { error: 'must be "memory" or "postgres"' }), meaning: '`memory`: the folder indexed in each process; `postgres`: the archive in PostgreSQL (decision 010)' });

export const SETTINGS = {
  // The server
  contentDir: define({ name: 'CONTENT_DIR', fallback: 'data', shown: './data', reader: 'server', schema: folder, meaning: 'the content folder (site.json, categories.json, authors.json, articles/, images/); missing → start-up stops with one sentence' }),
  contentStore: storeSetting,
  databaseUrl: define({ name: 'DATABASE_URL', fallback: DEFAULT_DATABASE_URL, reader: 'server', schema: text, meaning: 'the PostgreSQL content store (with `CONTENT_STORE=postgres`, `npm run sync-content`, the tests)' }),
  port: portSetting,
  siteUrl: define({ name: 'SITE_URL', fallback: (): string => `http://localhost:${portSetting.value}`, shown: 'http://localhost:$PORT', reader: 'server', schema: httpUrl, meaning: 'public origin for every absolute URL (canonical, og:url, og:image, JSON-LD, share links, feeds, redirects); request headers are never used' }),
  contentWatch: define({ name: 'CONTENT_WATCH', fallback: '1', reader: 'server', schema: onOff, meaning: '`0` stops watching CONTENT_DIR (then publishing needs a restart, or `npm run sync-content` with the PostgreSQL store)' }),
  contentCatchUp: define({ name: 'CONTENT_CATCH_UP', fallback: '1', reader: 'server', schema: onOff, meaning: 'PostgreSQL store, watching instance: `0` skips the catch-up at start (each folder of CONTENT_DIR synced in turn, for what was saved while no instance watched)' }),
  pageCacheMb: define({ name: 'PAGE_CACHE_MB', fallback: (): string => (storeSetting.value === 'postgres' ? '32' : '256'), shown: '256, or 32 on PostgreSQL', reader: 'server', schema: z.coerce.number({ error: 'must be a number of megabytes' }).min(0, 'must be a number of megabytes'), meaning: 'rendered pages kept in memory per instance (Next\'s ISR cache); on PostgreSQL the cache tier keeps what is read often; `0` keeps none, so every request renders (`npm run bench` measures renders so)' }),
  stateDir: define({ name: 'STATE_DIR', fallback: '.state', shown: './.state', reader: 'server', schema: folder, meaning: 'files the server makes and may lose: "Đọc nhiều" counts (in-memory store), resized photos in images/; ignored by git' }),
  imageCacheBytes: define({ name: 'IMAGE_CACHE_BYTES', fallback: String(512 * 1024 * 1024), shown: '536870912 (512 MB)', reader: 'server', schema: whole('a number of bytes'), meaning: 'bound of the resized-photo cache on disk; least recently used copies are deleted' }),
  revalidateSecret: define({ name: 'REVALIDATE_SECRET', reader: 'server', shown: 'random per process', schema: optionalText, meaning: 'bearer token of `POST /internal/revalidate` (`{"tags": […]}`), for a CMS or a deploy script; the tier answers 404 for `/internal/`' }),
  distDir: define({ name: 'NEXT_DIST_DIR', fallback: '.next', reader: 'server', schema: text, meaning: 'build folder (lets tests run on one build while another is made)' }),
  nodeOptions: define({ name: 'NODE_OPTIONS', reader: 'server', shown: '(none)', schema: optionalText, meaning: 'Node\'s own flags; a `--max-old-space-size` here replaces the heap cap `npm start` gives a PostgreSQL instance' }),
  renderConcurrency: define({ name: 'RENDER_CONCURRENCY', fallback: (): string => String(4 * availableParallelism()), shown: '4 × the cores (os.availableParallelism())', reader: 'server', schema: whole('a number of renders'), meaning: 'requests for pages that are not cached (and searches) let into Next at once per instance, and uncached renders running at once; more wait in the queue (decision 024)' }),
  renderQueue: define({ name: 'RENDER_QUEUE', fallback: '1000', reader: 'server', schema: z.coerce.number({ error: 'must be a number of renders' }).int('must be a number of renders').min(0, 'must be a number of renders'), meaning: 'requests that may wait for one of those places, first come first served (a waiting request holds its connection and a few KB); past it a request is answered 503 with Retry-After at once (`0`: no queue)' }),
  renderQueueMs: define({ name: 'RENDER_QUEUE_MS', fallback: '750', reader: 'server', schema: whole('a number of milliseconds'), meaning: 'longest wait in that queue; a request still waiting then is answered 503 with Retry-After' }),
  trustedProxies: define({ name: 'TRUSTED_PROXIES', fallback: '127.0.0.1,::1', reader: 'server', schema: addresses, meaning: 'addresses of the proxies in front (the cache tier) whose X-Forwarded-For the app believes: a reader\'s address is the last one before them (the "Đọc nhiều" cap per address); never a header the reader wrote' }),

  // Operations: the cache tier, the sync
  appUrls: define({ name: 'APP_URLS', aliases: ['APP_URL'], old: ['BASE_URL', 'BENCH_APP_URL'], fallback: 'http://127.0.0.1:3000', reader: 'operations', schema: origins, meaning: 'running app instances (comma-separated origins): what `npm run tier` fronts, and what the measuring scripts measure instead of starting their own' }),
  tierPort: define({ name: 'TIER_PORT', fallback: '8080', reader: 'operations', schema: port, meaning: 'port of the nginx cache tier (`npm run tier`)' }),
  syncProgress: define({ name: 'SYNC_PROGRESS', fallback: '0', shown: 'on when stderr is a terminal', reader: 'operations', schema: onOff, meaning: '`1` prints the progress of `npm run sync-content` even when stderr is not a terminal' }),
  path: define({ name: 'PATH', fallback: '', shown: '(the system\'s)', reader: 'operations', schema: z.string(), meaning: 'where `npm run tier` looks for nginx (then /usr/sbin)' }),
  tierHost: define({ name: 'TIER_HOST', fallback: '', shown: '(every address)', reader: 'operations', schema: listenAddress, meaning: 'address the nginx cache tier listens on (`127.0.0.1`, `::1`, `0.0.0.0`…); empty: every address' }),

  // Tests
  chromiumPath: define({ name: 'CHROMIUM_PATH', old: ['CHROME_PATH'], fallback: '/usr/bin/chromium', reader: 'tests', schema: text, meaning: 'the browser of the e2e tests, `npm run budget` and `npm run lighthouse`' }),
  java: define({ name: 'JAVA', fallback: 'java', reader: 'tests', schema: text, meaning: 'Java for the HTML and CSS checks (vnu-jar)' }),
  e2ePort: define({ name: 'E2E_PORT', fallback: '3100', reader: 'tests', schema: port, meaning: 'e2e servers use this port and the next sixteen (the tiers at +10, +11 and +15; the admission server at +16)' }),
  contractStores: define({ name: 'CONTRACT_STORES', fallback: 'memory,postgres', reader: 'tests', schema: text.transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)), meaning: 'the stores the contract, sync and relevance tests run on (`memory` alone needs no PostgreSQL)' }),
  ci: define({ name: 'CI', fallback: '', shown: '(unset)', reader: 'tests', schema: z.string().transform((v) => v !== '' && v !== '0' && v !== 'false'), meaning: 'set by CI: a focused test (`.only`) fails the run' }),

  // Benchmarks
  benchConnections: define({ name: 'BENCH_CONNECTIONS', shown: '32 (bench), 16 (bench-instance)', reader: 'bench', schema: whole('a number of connections').optional(), meaning: 'connections of `npm run bench` and `npm run bench-instance`' }),
  benchSeconds: define({ name: 'BENCH_SECONDS', shown: '10 (bench), 30 (bench-instance)', reader: 'bench', schema: positive('a number of seconds').optional(), meaning: 'seconds per measurement of `npm run bench` and `npm run bench-instance`' }),
  benchRounds: define({ name: 'BENCH_ROUNDS', fallback: '4', reader: 'bench', schema: whole('a number of rounds'), meaning: 'rounds of `npm run bench` (each measures every page kind)' }),
  benchSearchRuns: define({ name: 'BENCH_SEARCH_RUNS', old: ['BENCH_RUNS'], fallback: '100', reader: 'bench', schema: whole('a number of runs'), meaning: 'runs per query of `npm run bench-search` and `npm run bench-store`' }),
  benchTierConf: define({ name: 'BENCH_TIER_CONF', reader: 'bench', shown: 'deploy/nginx/tier.conf', schema: optionalText, meaning: 'another tier template for `npm run bench` to measure' }),
  soakConnections: define({ name: 'SOAK_CONNECTIONS', fallback: '100', reader: 'bench', schema: whole('a number of connections'), meaning: 'connections of `npm run soak`' }),
  soakSeconds: define({ name: 'SOAK_SECONDS', fallback: '120', reader: 'bench', schema: positive('a number of seconds'), meaning: 'length of `npm run soak`' }),
  soakWarmSeconds: define({ name: 'SOAK_WARM_SECONDS', fallback: '30', reader: 'bench', schema: positive('a number of seconds'), meaning: 'warm-up of `npm run soak` before memory is compared' }),

  // Set by Next.js, never by an operator
  nodeEnv: define({ name: 'NODE_ENV', fallback: 'production', shown: '(set by Next.js)', reader: 'next', schema: z.string(), meaning: '`development` under `npm run dev` (the CSP then allows eval)' }),
  nextPhase: define({ name: 'NEXT_PHASE', fallback: '', shown: '(set by Next.js)', reader: 'next', schema: z.string(), meaning: '`phase-production-build` during `next build`: the content is not loaded then' }),
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;

/** The settings' values, read when asked for: `config.contentDir`, `config.port`… */
export const config = Object.defineProperties(
  {},
  Object.fromEntries((Object.entries(SETTINGS) as [string, Setting<unknown>][]).map(([key, setting]) => [key, { get: () => setting.value, enumerable: true }])),
) as { readonly [K in keyof Settings]: Settings[K]['value'] };
