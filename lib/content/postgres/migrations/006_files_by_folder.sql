-- migrate: no transaction
-- The watching instance catches up with the content folder one folder at a time (sync.ts, option
-- `folder`): the files rows of one folder are found by prefix, whatever the database's collation.
CREATE INDEX CONCURRENTLY IF NOT EXISTS files_path_prefix ON files (path text_pattern_ops);
-- Every sync looks again at the files that had a problem (and counts them): a partial index finds
-- those few without reading the rows of a million good files.
CREATE INDEX CONCURRENTLY IF NOT EXISTS files_problems ON files (path) WHERE status <> 'ok';
