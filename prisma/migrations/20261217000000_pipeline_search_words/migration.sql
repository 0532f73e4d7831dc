-- The pipeline's search compares words as every other list does (search_words: lower-cased,
-- unaccented, apostrophes dropped), on a generated column with a trigram index. It compared the
-- normalised words typed with the raw title, so "Côte" typed (or "cote") missed "Côte d'Ivoire".
ALTER TABLE "Opportunity" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(title || ' ' || coalesce("nextStep", ''))) STORED;

CREATE INDEX "Opportunity_searchText_trgm_idx" ON "Opportunity" USING gin ("searchText" gin_trgm_ops);
