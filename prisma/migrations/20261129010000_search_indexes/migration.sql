-- Case- and accent-insensitive search that an index can serve: unaccent() is only STABLE (its
-- dictionary could change), so an IMMUTABLE wrapper naming the dictionary is what expression
-- indexes need. Trigram (pg_trgm) GIN indexes then answer LIKE '%words%'.
CREATE OR REPLACE FUNCTION search_text(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;

CREATE INDEX "Agreement_search_trgm_idx" ON "Agreement"
  USING gin (search_text(title || ' ' || reference || ' ' || coalesce(summary, '')) gin_trgm_ops);

CREATE INDEX "Organisation_search_trgm_idx" ON "Organisation"
  USING gin (search_text(name || ' ' || coalesce(acronym, '')) gin_trgm_ops);
