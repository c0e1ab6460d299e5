-- Search finds the newest hits a few months at a time (decision 018, search-slices.ts): the GIN
-- index holds the month with the words (btree_gin), so a look-up for one slice of months costs
-- what those months hold. The index on the words alone (001) is replaced. At 1,000,000 articles
-- building it takes minutes: run `npm run db:migrate` before starting the new version.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX IF NOT EXISTS articles_search_month ON articles USING gin (month, search);
DROP INDEX IF EXISTS articles_search;
