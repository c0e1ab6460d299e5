import os from 'node:os';
import { config } from '../../lib/config';

/**
 * The one place that says where the e2e servers listen; playwright.config.ts
 * starts them from these values. The newsroom on E2E_PORT is the `baseURL`
 * (specs use relative URLs), the broken-content fixture is on E2E_PORT + 1,
 * and on E2E_PORT + 2 a newsroom reads a scratch copy of data/ that the
 * publishing spec writes into. Each server's SITE_URL is its origin.
 */
const HOST = 'localhost';
const PORT = config.e2ePort;

const originOf = (port: number) => `http://${HOST}:${port}`;

export const SITE_PORT = PORT;
/** The newsroom's state folder ("Đọc nhiều" counts), fresh for each run. */
export const SITE_STATE_DIR = `${os.tmpdir()}/tin-thu-do-e2e-state-${PORT}`;
/** The `baseURL` of every spec. */
export const SITE_URL = originOf(SITE_PORT);

export const BROKEN_PORT = PORT + 1;
export const BROKEN_URL = originOf(BROKEN_PORT);

/** An absolute URL on the broken-content server. */
export function brokenUrl(path: string): string {
  return `${BROKEN_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The PostgreSQL store (CONTENT_STORE=postgres), started by e2e/lib/postgres-servers.ts: the
 * bundled newsroom synced into its own database (the `postgres` project's baseURL), and a pair of
 * instances sharing another database and a scratch content folder (the `instances` spec).
 */
export const POSTGRES_PORT = PORT + 3;
export const POSTGRES_URL = originOf(POSTGRES_PORT);
export const PAIR_PORTS = [PORT + 4, PORT + 5] as const;
export const PAIR_URLS = PAIR_PORTS.map(originOf);
export const PAIR_DIR = `${os.tmpdir()}/tin-thu-do-e2e-pair-${PAIR_PORTS[0]}`;
/** An article (a TestArticle's options) the PostgreSQL web server saves into PAIR_DIR after its sync and before the pair starts. */
export const SAVED_WHILE_DOWN = { id: 9450, slug: 'luu-khi-may-chu-tat', month: '2031/06', title: 'Lưu khi máy chủ tắt', category: 'thoi-su' } as const;

/** The nginx cache tier (deploy/nginx) in front of the newsroom on SITE_PORT: the `tier` project's baseURL. */
export const TIER_PORT = PORT + 10;
export const TIER_URL = originOf(TIER_PORT);

/** An instance bound to 127.0.0.1 only, started by e2e/loopback.spec.ts itself. */
export const LOOPBACK_PORT = PORT + 6;
/** A PostgreSQL instance on a database of its own, which e2e/database-away.spec.ts closes and opens again. */
export const DATABASE_AWAY_PORT = PORT + 7;

export const PUBLISH_PORT = PORT + 2;
export const PUBLISH_URL = originOf(PUBLISH_PORT);
/** The scratch content folder of the publishing server (a fresh copy of data/ per run). */
export const PUBLISH_DIR = `${os.tmpdir()}/tin-thu-do-e2e-publish-${PUBLISH_PORT}`;
/** The publishing server's state folder ("Đọc nhiều" counts of what comes through the tier), fresh for each run. */
export const PUBLISH_STATE_DIR = `${os.tmpdir()}/tin-thu-do-e2e-state-${PUBLISH_PORT}`;

/**
 * The failover spec's own fleet (e2e/lib/fleet.ts starts and kills it): two instances on the
 * bundled newsroom and a tier in front of both, listening on loopback only.
 */
export const FLEET_PORTS = [PORT + 8, PORT + 9] as const;
export const FLEET_TIER_PORT = PORT + 11;
export const FLEET_TIER_URL = `http://127.0.0.1:${FLEET_TIER_PORT}`;

/**
 * Newsroom control (issue 23, e2e/newsroom.spec.ts): front-page.json and breaking.json are one file
 * per folder, so their tests get a newsroom of their
 * own that no other spec reads: a scratch copy of data/ (e2e/lib/newsroom-folder.ts writes site.json,
 * categories.json and authors.json with a byte-order mark), the nginx tier in front of it, and two
 * PostgreSQL instances on a database and a copy of their own (e2e/lib/postgres-servers.ts; only the
 * first watches its folder).
 */
export const NEWSROOM_PORT = PORT + 12;
export const NEWSROOM_URL = originOf(NEWSROOM_PORT);
export const NEWSROOM_DIR = `${os.tmpdir()}/tin-thu-do-e2e-newsroom-${NEWSROOM_PORT}`;
export const NEWSROOM_TIER_PORT = PORT + 15;
export const NEWSROOM_TIER_URL = originOf(NEWSROOM_TIER_PORT);
export const NEWSROOM_PAIR_PORTS = [PORT + 13, PORT + 14] as const;
export const NEWSROOM_PAIR_URLS = NEWSROOM_PAIR_PORTS.map(originOf);
export const NEWSROOM_PAIR_DIR = `${os.tmpdir()}/tin-thu-do-e2e-newsroom-pair-${NEWSROOM_PAIR_PORTS[0]}`;

/**
 * Admission control (e2e/admission.spec.ts, decision 024): the bundled newsroom with one render at
 * a time and one waiting, so that a burst of distinct searches is partly refused (503) while cached
 * pages keep answering.
 */
export const ADMISSION_PORT = PORT + 16;
export const ADMISSION_URL = originOf(ADMISSION_PORT);
export const ADMISSION_LIMITS = { RENDER_CONCURRENCY: '1', RENDER_QUEUE: '1', RENDER_QUEUE_MS: '1000' } as const;
