-- migrate: no transaction
-- The watching instance catches up with the content folder one folder at a time (sync.ts, option
-- `folder`): the files rows of one folder, and not those of the folders below it, are found by
-- file_folder(path) ('articles/2026/11/x.json' → 'articles/2026/11'). A prefix (LIKE 'articles/%')
-- would read every row below: all 1,000,000 for the top folder.
CREATE OR REPLACE FUNCTION file_folder(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT regexp_replace($1, '/[^/]*$', '') $$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS files_folder ON files (file_folder(path));
-- Every sync looks again at the files that had a problem (and counts them): a partial index finds
-- those few without reading the rows of a million good files.
CREATE INDEX CONCURRENTLY IF NOT EXISTS files_problems ON files (path) WHERE status <> 'ok';
