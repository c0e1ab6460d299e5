-- migrate: no transaction
-- Search finds the newest hits a few months at a time (decision 018, search-slices.ts): the GIN
-- index holds the month with the words (btree_gin), so a look-up for one slice of months costs
-- what those months hold. The month is indexed as a number (search_month: 2026-11 → 24,322) that
-- no btree index holds: on `month` itself the planner preferred the sitemaps' btree index on month
-- and checked every article's words one by one (70 ms for "năm" where the GIN takes 8). PL/pgSQL,
-- so that the planner does not inline it: no other index may match it (migration 007's holds the
-- month as month_number(), the same number).
-- The index on the words alone (001) is replaced. Built CONCURRENTLY: at 1,000,000 articles it
-- takes minutes, during which syncs keep writing and pages keep reading.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE OR REPLACE FUNCTION search_month(text) RETURNS integer LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$ BEGIN RETURN left($1, 4)::integer * 12 + right($1, 2)::integer - 1; END $$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS articles_search_month ON articles USING gin ((search_month(month)), search);
DROP INDEX CONCURRENTLY IF EXISTS articles_search;
