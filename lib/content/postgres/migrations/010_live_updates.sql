-- Live articles ("Trực tiếp", issue 24, decision 025). Their updates, newest first, as one jsonb
-- array beside the body: read whole by getArticle only, written whole by the sync when the file
-- changes (a live article of a few hundred updates is a few hundred KB, read with its page). The
-- status and the newest update's time travel in `summary` (cards show them); `lastmod` is the
-- newest update's time, so the sitemaps carry it.
ALTER TABLE articles ADD COLUMN live_updates jsonb;
