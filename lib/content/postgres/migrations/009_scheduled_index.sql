-- migrate: no transaction
-- The schedule asks every second or two for the next article to release (ingest/schedule.ts): a
-- partial index holds the few scheduled ones, so the question never reads a million released rows.
-- Built CONCURRENTLY: at 1,000,000 articles it reads the whole table while syncs go on.
CREATE INDEX CONCURRENTLY IF NOT EXISTS articles_scheduled ON articles (published_at) WHERE NOT released;
