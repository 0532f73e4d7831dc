-- Search by words (issue 16). search_words() is the form both the stored text and what people type
-- are compared in: lower-cased, unaccented, apostrophes dropped ("People's" is "peoples"), other
-- punctuation and spaces a single space, so every word typed can be looked for on its own, in any
-- order, and "Lao PDR-Singapore-ILO" holds the words "lao", "pdr", "singapore" and "ilo". It keeps letters of every script (only ASCII and typographic
-- punctuation goes), so names in Lao, Thai or Khmer stay searchable. LIKE's wildcards and its escape
-- character are punctuation: a word never carries one.
CREATE OR REPLACE FUNCTION search_words(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(regexp_replace(search_text($1), '[''‘’]', '', 'g'), '[[:space:]!-/:-@[-`{-~–—‚“”„«»·…]+', ' ', 'g')) $$;

-- Each record keeps its searchable text in a generated column with a trigram index (LIKE '%word%'
-- on it is answered from the index), and the records ranked by title keep their title apart: a title
-- match comes before a summary match.
DROP INDEX "Agreement_searchText_trgm_idx";
DROP INDEX "Organisation_searchText_trgm_idx";
ALTER TABLE "Agreement" DROP COLUMN "searchText";
ALTER TABLE "Organisation" DROP COLUMN "searchText";

ALTER TABLE "Agreement" ADD COLUMN "searchTitle" text
  GENERATED ALWAYS AS (search_words(title || ' ' || reference)) STORED;
ALTER TABLE "Agreement" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(title || ' ' || reference || ' ' || coalesce(summary, ''))) STORED;
ALTER TABLE "Organisation" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(name || ' ' || coalesce(acronym, ''))) STORED;
ALTER TABLE "Meeting" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(title || ' ' || coalesce(location, ''))) STORED;
ALTER TABLE "Project" ADD COLUMN "searchTitle" text
  GENERATED ALWAYS AS (search_words(code || ' ' || title)) STORED;
ALTER TABLE "Project" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(code || ' ' || title || ' ' || coalesce(summary, ''))) STORED;

CREATE INDEX "Agreement_searchTitle_trgm_idx" ON "Agreement" USING gin ("searchTitle" gin_trgm_ops);
CREATE INDEX "Agreement_searchText_trgm_idx" ON "Agreement" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Organisation_searchText_trgm_idx" ON "Organisation" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Meeting_searchText_trgm_idx" ON "Meeting" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Project_searchTitle_trgm_idx" ON "Project" USING gin ("searchTitle" gin_trgm_ops);
CREATE INDEX "Project_searchText_trgm_idx" ON "Project" USING gin ("searchText" gin_trgm_ops);
