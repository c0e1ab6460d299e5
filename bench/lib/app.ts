// The production app (`next start` on the last build) started by a measuring script on a free
// port, and stopped by its PID: `npm run bench` and `npm run soak` share this.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { heapFlags } from '../../scripts/lib/heap';
import { config, SETTINGS } from '../../lib/config';
import { waitForHttp } from '../../scripts/lib/nginx';

const ROOT = path.resolve(__dirname, '..', '..');

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  url: string;
  /** The next-server process (undefined for an app given by BENCH_APP_URL). */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * BENCH_APP_URL when given (nothing started, nothing stopped), else a fresh `next start` with `env`
 * added to this process's, answered once `/` answers (asked every `pollMs`).
 */
export async function startApp(options: { env?: Record<string, string>; pollMs?: number } = {}): Promise<RunningApp> {
  if (SETTINGS.appUrls.given) return { url: config.appUrls[0] ?? '', stop: async () => {} };

  const distDir = config.distDir;
  if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
    console.error(`No production build in ${distDir}/: run \`npm run build\` first (or give APP_URLS).`);
    process.exit(1);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), SITE_URL: SETTINGS.siteUrl.given ? config.siteUrl : url, CONTENT_DIR: config.contentDir, ...options.env };
  // The node flags `npm start` gives (scripts/start.ts): the heap cap of a PostgreSQL instance.
  const store = options.env?.CONTENT_STORE === 'postgres' || options.env?.CONTENT_STORE === 'memory' ? options.env.CONTENT_STORE : config.contentStore;
  const child = spawn(process.execPath, [...heapFlags(store, options.env?.NODE_OPTIONS ?? config.nodeOptions), path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForHttp(`${url}/`, 120_000, options.pollMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid, stop };
}

/** Resident memory of a process in MB (VmRSS in /proc/PID/status), or undefined if unknown. */
export async function residentMb(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = status.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  return kb ? Number(kb) / 1024 : undefined;
}

/** CPU time (user + system, ms) used so far by a process and its children (nginx's workers). */
export async function cpuMs(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  const { readFile } = await import('node:fs/promises');
  const ticks = async (p: string) => {
    const stat = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime
  };
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).split(' ').filter(Boolean);
  const all = await Promise.all([String(pid), ...children].map(ticks));
  return (all.reduce((a, b) => a + b, 0) * 1000) / 100; // USER_HZ is 100 on Linux
}
