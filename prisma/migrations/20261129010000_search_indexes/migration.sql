-- Case- and accent-insensitive search that an index can serve. unaccent() is only STABLE (its
-- dictionary could change), so an IMMUTABLE wrapper naming the dictionary is what generated
-- columns and indexes need. The generated "searchText" columns hold the searchable text of a
-- row; trigram (pg_trgm) GIN indexes answer LIKE '%words%' on them, and Prisma can filter on a
-- column where it could not on an expression.
CREATE OR REPLACE FUNCTION search_text(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;

ALTER TABLE "Agreement" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_text(title || ' ' || reference || ' ' || coalesce(summary, ''))) STORED;
ALTER TABLE "Organisation" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_text(name || ' ' || coalesce(acronym, ''))) STORED;

CREATE INDEX "Agreement_searchText_trgm_idx" ON "Agreement" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Organisation_searchText_trgm_idx" ON "Organisation" USING gin ("searchText" gin_trgm_ops);
