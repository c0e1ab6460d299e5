-- migrate: no transaction
-- Quoted phrases (decision 018): GIN knows which articles hold a phrase's words, not whether they
-- are adjacent, so each such article's vector was read again for positions (~7 µs an article,
-- three times the hits for "xây dựng Đảng"). search_pairs() turns a vector into its adjacent word
-- pairs ('xay_dung', 'dung_dang'), from the same positions PostgreSQL's <-> reads, and this index
-- holds them by month: the articles holding every pair of a phrase are (nearly) the phrase's hits.
-- COST 10000: the planner must never compute it row by row (1.4 ms an article), only read the index.
-- The month is month_number() here, search_month() in 005's index (the same number): with the same
-- expression in both, the planner took this index for a plain word's months and ANDed it with the
-- other for the words (26 ms where one index takes 3).
CREATE OR REPLACE FUNCTION month_number(text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT left($1, 4)::integer * 12 + right($1, 2)::integer - 1 $$;
CREATE OR REPLACE FUNCTION search_pairs(tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 10000 AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT w || '_' || n)), ''::tsvector) FROM (
    SELECT u.lexeme AS w, lead(u.lexeme) OVER (ORDER BY p) AS n, p, lead(p) OVER (ORDER BY p) AS np
    FROM unnest($1) u, unnest(u.positions) p
  ) x WHERE np = p + 1 $$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS articles_search_pairs ON articles USING gin ((month_number(month)), search_pairs(search));
