// `TIER_PORT=8080 APP_URL=http://127.0.0.1:3000 npm run tier`: the nginx cache tier
// (deploy/nginx/tier.conf) in the foreground, in front of running app instances (APP_URL may
// list several origins, comma-separated). Ctrl-C or SIGTERM stops nginx and removes its scratch
// folder (pid, temp files, cache). Decision 007 explains the cache.
import path from 'node:path';
import { parseAppUrls, requireNginx, startNginx, tierSite } from './lib/nginx';

const port = Number(process.env.TIER_PORT ?? 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`TIER_PORT must be a port number, not "${process.env.TIER_PORT}"`);
  process.exit(1);
}
let appHosts: string[];
try {
  appHosts = parseAppUrls(process.env.APP_URL ?? 'http://127.0.0.1:3000');
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
