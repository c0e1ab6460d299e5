/**
 * The content layer's public face: what pages, feeds, sitemaps, search and the proxy import.
 * Which store runs (memory or PostgreSQL) is decided in ./runtime.ts; nothing outside
 * lib/content knows which one it is.
 */
export { getContent, contentDir, contentDatabase, contentReadiness } from './runtime';
export { onContentChange } from './change-feed';
export type { ChangeListener } from './change-feed';
export type { ContentChange } from './store/change';
export type { ContentStore, Page, SearchHit, SearchRequest, SearchResults } from './store/contract';
export type * from './records/model';
export type { GalleryBlock, Image, Inline, VideoBlock } from './records/schema';
export type { Locale } from '../locale';
