// A minimal server for `npm run bench-banner`: answers one cached page from memory, gzipped per
// answer as Next does after its cache, with the banner put into it per answer (INSERT=1) or not.
// Run as a child process (`tsx bench/lib/insert-server.ts <port> <page.html> <banner.html>`), so
// that its CPU is its own.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { insertBannerBytes } from '../../lib/breaking/delivery';

const [port = '0', pageFile = '', bannerFile = ''] = process.argv.slice(2);
// The page as a cache holds it (bytes) and the banner's HTML, rendered once per banner.
const page = readFileSync(pageFile);
const banner = readFileSync(bannerFile);
const insert = process.env.INSERT === '1';

http
  .createServer((_req, res) => {
    const html = insert ? insertBannerBytes(page, banner) : page;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(html, { level: 1 }));
  })
  .listen(Number(port), '127.0.0.1');
