// Starting Debian's nginx in the foreground from the templates in deploy/nginx/, in a scratch
// folder of its own: used by `npm run tier` and `npm run bench`.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, readdirSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { config } from '../../lib/config';

export const DEPLOY_DIR = path.resolve(__dirname, '..', '..', 'deploy', 'nginx');

/** `{{NAME}}` placeholders replaced by values; a placeholder left without a value is an error. */
export function render(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {{${name}}} in an nginx template`);
    return value;
  });
}

/** APP_URL: one origin or a comma-separated list (`http://127.0.0.1:3000,http://127.0.0.1:3001`) → host:port list. */
export function parseAppUrls(value: string): string[] {
  const hosts = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const url = new URL(item);
      if (url.protocol !== 'http:') throw new Error(`APP_URL: ${item} is not an http:// origin (the tier talks plain HTTP to the app)`);
      if (url.pathname !== '/' || url.search) throw new Error(`APP_URL: ${item} must be an origin, without a path`);
      return `${url.hostname}:${url.port || '80'}`;
    });
  if (hosts.length === 0) throw new Error('APP_URL is empty');
  return hosts;
}

/** nginx's `listen` for a port on one address (`127.0.0.1:8080`, `[::1]:8080`) or, with no address, on every one (`8080`). */
export function listenDirective(host: string, port: number): string {
  if (!host) return String(port);
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The tier's http-context config (deploy/nginx/tier.conf, or another template) for these app instances. */
export function tierSite(options: { listen: string; appHosts: string[]; cacheDir: string; template?: string }): string {
  return render(readFileSync(options.template ?? path.join(DEPLOY_DIR, 'tier.conf'), 'utf8'), {
    LISTEN: options.listen,
    UPSTREAM_SERVERS: options.appHosts.map((host) => `    server ${host} max_fails=3 fail_timeout=5s;`).join('\n'),
    CACHE_DIR: options.cacheDir,
  });
}

/** The nginx binary on PATH (or Debian's /usr/sbin, which a non-root PATH may lack). */
export function findNginx(): string | undefined {
  const dirs = [...config.path.split(':'), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, 'nginx');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function requireNginx(): string {
  const nginx = findNginx();
  if (nginx) return nginx;
  console.error('nginx is not installed. On Debian: apt-get install -y nginx-light (or nginx), then run this again.');
  process.exit(1);
}

export interface RunningNginx {
  pid: number;
  scratch: string;
  /** Resolves with the exit code once nginx has stopped and the scratch folder is removed. */
  exited: Promise<number>;
  /** Fast shutdown (SIGTERM to the master, which stops its workers), then the scratch folder goes. */
  stop(): Promise<number>;
}

/**
 * Runs nginx in the foreground on a rendered http-context file. Everything it writes (pid,
 * temp files, the cache) lives in a fresh scratch folder, made readable (0755) because the
 * workers run as an unprivileged user (nobody) when the master runs as root; nginx itself
 * gives them the cache and temp folders it creates.
 */
export function startNginx(name: string, site: (scratch: string) => string, stdio: 'inherit' | 'pipe' | 'ignore' = 'inherit'): RunningNginx {
  const binary = requireNginx();
  sweepScratch(name);
  const scratch = mkdtempSync(path.join(os.tmpdir(), `tin-thu-do-${name}-`));
  chmodSync(scratch, 0o755);
  const sitePath = path.join(scratch, 'site.conf');
  writeFileSync(sitePath, site(scratch));
  const confPath = path.join(scratch, 'nginx.conf');
  writeFileSync(confPath, render(readFileSync(path.join(DEPLOY_DIR, 'nginx.conf'), 'utf8'), { SCRATCH: scratch, SITE: sitePath }));

  const child: ChildProcess = spawn(binary, ['-p', scratch, '-c', confPath, '-e', 'stderr'], {
    // 'ignore' drops nginx's error log: a storm's expected upstream errors would drown its report.
    stdio: ['ignore', stdio === 'inherit' ? 'inherit' : 'ignore', stdio],
  });
  if (stdio === 'pipe') child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => {
      rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
      resolve(code ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1));
    });
  });
  return {
    pid: child.pid ?? -1,
    scratch,
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * Removes scratch folders of earlier runs whose nginx is gone (a run killed with SIGKILL cannot
 * clean up after itself). A folder whose pid file names a live process is left alone.
 */
function sweepScratch(name: string) {
  const prefix = `tin-thu-do-${name}-`;
  for (const entry of readdirSync(os.tmpdir()).filter((e) => e.startsWith(prefix))) {
    const folder = path.join(os.tmpdir(), entry);
    let pid: number;
    try {
      pid = Number(readFileSync(path.join(folder, 'nginx.pid'), 'utf8').trim());
    } catch {
      continue; // no pid file: starting right now, or not ours to judge
    }
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

/** Resolves when `url` answers at all (any status), rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 60_000, intervalMs = 250): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
