-- Live articles ("Trực tiếp", issue 24, decision 025). Their updates, newest first, as one jsonb
-- array beside the body: read whole by getArticle only, written whole by the sync when the file
-- changes (a live article of a few hundred updates is a few hundred KB, read with its page). The
-- status and the newest update's time travel in `summary` (cards show them); `lastmod` is the
-- newest update's time, so the sitemaps carry it.
ALTER TABLE articles ADD COLUMN live_updates jsonb;
-- The news sitemap lists live articles by their newest update (lastmod): the few live articles, by it.
CREATE INDEX articles_live_lastmod ON articles (lastmod DESC, id DESC) WHERE live_updates IS NOT NULL;
