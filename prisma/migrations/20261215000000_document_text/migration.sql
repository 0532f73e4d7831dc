-- Documents' words (issue 30): each document's text by page, read in the background
-- (lib/documents/text), and searched with PostgreSQL's full-text search.
CREATE TYPE "DocumentTextState" AS ENUM ('PENDING', 'READING', 'FOUND', 'NONE', 'FAILED');

-- Every document already stored is PENDING: the jobs read each once after the upgrade.
ALTER TABLE "Document" ADD COLUMN     "textPages" INTEGER,
ADD COLUMN     "textProblem" TEXT,
ADD COLUMN     "textState" "DocumentTextState" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "textStateAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- The jobs take the oldest document waiting (or a reading cut short) first.
CREATE INDEX "Document_text_waiting_idx" ON "Document" ("textStateAt") WHERE "textState" IN ('PENDING', 'READING');

-- The words of a page as the record search sees them (decision 009): the "simple" configuration
-- (no language's stemming: the documents are in English, French, Spanish and more) after unaccent,
-- so "Coopération" and "cooperation" are one word, in lower case; apostrophes go first, as
-- search_words() drops them ("People's" is "peoples").
CREATE TEXT SEARCH CONFIGURATION document_text (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION document_text
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

CREATE TABLE "DocumentPage" (
    "documentId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "vector" tsvector GENERATED ALWAYS AS (to_tsvector('document_text'::regconfig, translate("text", '''‘’', ''))) STORED,

    CONSTRAINT "DocumentPage_pkey" PRIMARY KEY ("documentId","page")
);

CREATE INDEX "DocumentPage_vector_idx" ON "DocumentPage" USING gin ("vector");

ALTER TABLE "DocumentPage" ADD CONSTRAINT "DocumentPage_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Archiving a document takes its words out of search: its pages go, and it waits to be read again
-- (the jobs skip archived documents, and read it once it is restored). The search then reads the
-- pages alone, without joining each to its document.
CREATE OR REPLACE FUNCTION document_archived() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    IF NEW.archived AND NOT OLD.archived THEN
      DELETE FROM "DocumentPage" WHERE "documentId" = NEW.id;
      NEW."textState" := 'PENDING';
      NEW."textPages" := NULL;
      NEW."textProblem" := NULL;
      NEW."textStateAt" := now() AT TIME ZONE 'UTC';
    END IF;
    RETURN NEW;
  END $$;

CREATE TRIGGER document_archived BEFORE UPDATE OF archived ON "Document"
  FOR EACH ROW EXECUTE FUNCTION document_archived();
