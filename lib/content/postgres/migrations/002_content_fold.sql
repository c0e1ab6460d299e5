-- content_fold(text): lower case, accents off, đ→d (unaccent's rules map đ to d). Declared
-- IMMUTABLE (unaccent itself is only STABLE, since its rules file could change) so that the
-- planner folds a search's to_tsquery(content_fold($1)) once per query instead of once per row.
-- After editing unaccent.rules, rebuild articles.search (a full sync after a categories change does).
CREATE FUNCTION content_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;
