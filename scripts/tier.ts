// `TIER_PORT=8080 APP_URLS=http://127.0.0.1:3000,http://127.0.0.1:3001 npm run tier`: the nginx
// cache tier (deploy/nginx/tier.conf) in the foreground, in front of running app instances
// (APP_URL for one). Ctrl-C or SIGTERM stops nginx and removes its scratch
// folder (pid, temp files, cache). Decision 007 explains the cache.
import path from 'node:path';
import { config } from '../lib/config';
import { parseAppUrls, requireNginx, startNginx, tierSite } from './lib/nginx';

let port: number;
let appHosts: string[];
try {
  port = config.tierPort;
  appHosts = parseAppUrls(config.appUrls.join(','));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
requireNginx();

const nginx = startNginx('tier', (scratch) => tierSite({ listen: String(port), appHosts, cacheDir: path.join(scratch, 'cache') }));
console.log(`Cache tier on http://localhost:${port} → ${appHosts.join(', ')} (nginx pid ${nginx.pid}, scratch ${nginx.scratch})`);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void nginx.stop());
}
nginx.exited.then((code) => process.exit(code));
