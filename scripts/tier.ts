// `TIER_PORT=8080 APP_URLS=http://127.0.0.1:3000,http://127.0.0.1:3001 npm run tier`: the nginx
// cache tier (deploy/nginx/tier.conf) in the foreground, in front of running app instances
// (APP_URL for one), on every address or on TIER_HOST's. Ctrl-C or SIGTERM stops nginx and removes its scratch
// folder (pid, temp files, cache). Decision 007 explains the cache.
import path from 'node:path';
import { config } from '../lib/config';
import { listenDirective, parseAppUrls, requireNginx, startNginx, tierSite } from './lib/nginx';

let listen: string;
let appHosts: string[];
try {
  listen = listenDirective(config.tierHost, config.tierPort);
  appHosts = parseAppUrls(config.appUrls.join(','));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
requireNginx();

const nginx = startNginx('tier', (scratch) => tierSite({ listen, appHosts, cacheDir: path.join(scratch, 'cache') }));
console.log(`Cache tier on ${listen} → ${appHosts.join(', ')} (nginx pid ${nginx.pid}, scratch ${nginx.scratch})`);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void nginx.stop());
}
nginx.exited.then((code) => process.exit(code));
