-- migrate: no transaction
-- Search finds the newest hits a few months at a time (decision 018, search-slices.ts): the GIN
-- index holds the month with the words (btree_gin), so a look-up for one slice of months costs
-- what those months hold. The index on the words alone (001) is replaced. Built CONCURRENTLY: at
-- 1,000,000 articles it takes minutes, during which syncs keep writing and pages keep reading.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX CONCURRENTLY IF NOT EXISTS articles_search_month ON articles USING gin (month, search);
DROP INDEX CONCURRENTLY IF EXISTS articles_search;
