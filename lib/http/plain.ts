import { cacheControl } from './cache-policy';

/** The short plain-text 404 for files (images, sitemaps, feeds): pages get the full 404 page instead. */
export function plainNotFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl('missingFile'), 'X-Content-Type-Options': 'nosniff' },
  });
}
