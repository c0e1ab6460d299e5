import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listenDirective, startNginx, tierSite, waitForHttp, type RunningNginx } from '../../scripts/lib/nginx';
import { REPO_ROOT } from './content';

/**
 * Instances and a cache tier that a spec starts, kills and stops itself (the failover spec, the
 * storm benchmark's set-ups use the same pieces): `next start` on the production build, and
 * deploy/nginx/tier.conf rendered in front of them, as `npm start` and `npm run tier` run them.
 */
export interface Instance {
  port: number;
  url: string;
  child: ChildProcess;
  /** Resolves once the process has exited (by a signal or on its own). */
  exited: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** The state folder of the fleet's instance on `port` (teardown.ts removes it). */
export const fleetStateDir = (port: number) => path.join(os.tmpdir(), `tin-thu-do-fleet-state-${port}`);

/** `next start` on `port` with `env` over this process's; answered once /healthz answers 200. */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const stateDir = fleetStateDir(port);
  await rm(stateDir, { recursive: true, force: true });
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    cwd: REPO_ROOT,
    env: { ...process.env, CONTENT_WATCH: '0', STATE_DIR: stateDir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const instance: Instance = {
    port,
    url,
    child,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  try {
    await waitForHttp(`${url}/healthz`, 90_000, 100);
  } catch (error) {
    await instance.kill('SIGKILL');
    throw error;
  }
  return instance;
}

/** The cache tier on 127.0.0.1:`port` in front of `appUrls` (a scratch folder of its own, removed when it stops). */
export async function startTier(port: number, appUrls: string[]): Promise<RunningNginx> {
  const appHosts = appUrls.map((u) => new URL(u).host);
  const nginx = startNginx(`tier-${port}`, (scratch) => tierSite({ listen: listenDirective('127.0.0.1', port), appHosts, cacheDir: path.join(scratch, 'cache') }), 'pipe');
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, 100);
  } catch (error) {
    await nginx.stop();
    throw error;
  }
  return nginx;
}
