-- Search reads the whole article (issue 11): the sync now adds author names (weight C) and the
-- body's text (paragraphs, subheadings, quotes, lists, captions: weight D) to articles.search, and
-- keeps the same words with their diacritics in search_exact, so a query typed with diacritics
-- ranks the exact spelling ("Đường") above folded matches ("dương", "đương").
ALTER TABLE articles ADD COLUMN IF NOT EXISTS search_exact tsvector;
-- A new fingerprint makes the next `npm run sync-content` check every article file again, which
-- rebuilds every row's search vectors.
UPDATE taxonomy SET value = to_jsonb('reindex-004'::text) WHERE key = 'fingerprint';
