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
-- match comes before a party's name, before a summary match.
--
-- An agreement is found by its parties' names and acronyms too: "partyNames" holds them, kept by the
-- triggers below whenever a party is added, changed or removed, or an organisation renamed, so each
-- word is one indexed LIKE on the agreement's own row rather than a join per word.
ALTER TABLE "Agreement" ADD COLUMN "partyNames" text NOT NULL DEFAULT '';

CREATE OR REPLACE FUNCTION agreement_party_names(agreement text) RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(string_agg(o.name || ' ' || coalesce(o.acronym, ''), ' ' ORDER BY o.name), '')
        FROM "AgreementParty" p JOIN "Organisation" o ON o.id = p."organisationId"
        WHERE p."agreementId" = agreement $$;

-- Statement-level with transition tables: a bulk insert of parties rewrites each agreement once.
CREATE OR REPLACE FUNCTION agreement_parties_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    IF TG_OP <> 'DELETE' THEN
      UPDATE "Agreement" a SET "partyNames" = agreement_party_names(a.id) WHERE a.id IN (SELECT "agreementId" FROM new_rows);
    END IF;
    IF TG_OP <> 'INSERT' THEN
      UPDATE "Agreement" a SET "partyNames" = agreement_party_names(a.id) WHERE a.id IN (SELECT "agreementId" FROM old_rows);
    END IF;
    RETURN NULL;
  END $$;

CREATE TRIGGER agreement_parties_inserted AFTER INSERT ON "AgreementParty"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_parties_changed();
CREATE TRIGGER agreement_parties_updated AFTER UPDATE ON "AgreementParty"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_parties_changed();
CREATE TRIGGER agreement_parties_deleted AFTER DELETE ON "AgreementParty"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_parties_changed();

CREATE OR REPLACE FUNCTION organisation_renamed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    UPDATE "Agreement" a SET "partyNames" = agreement_party_names(a.id)
      WHERE a.id IN (SELECT p."agreementId" FROM "AgreementParty" p WHERE p."organisationId" = NEW.id);
    RETURN NULL;
  END $$;

CREATE TRIGGER organisation_renamed AFTER UPDATE OF name, acronym ON "Organisation"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.acronym IS DISTINCT FROM NEW.acronym)
  EXECUTE FUNCTION organisation_renamed();

UPDATE "Agreement" a SET "partyNames" = agreement_party_names(a.id);

-- A meeting is found by its agreement's title, reference and parties: "agreementNames" holds them,
-- set when the meeting is written and kept when the agreement's change.
ALTER TABLE "Meeting" ADD COLUMN "agreementNames" text NOT NULL DEFAULT '';

CREATE OR REPLACE FUNCTION meeting_agreement_names() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    NEW."agreementNames" := coalesce((SELECT a.title || ' ' || a.reference || ' ' || a."partyNames" FROM "Agreement" a WHERE a.id = NEW."agreementId"), '');
    RETURN NEW;
  END $$;

CREATE TRIGGER meeting_agreement_names BEFORE INSERT OR UPDATE OF "agreementId" ON "Meeting"
  FOR EACH ROW EXECUTE FUNCTION meeting_agreement_names();

CREATE OR REPLACE FUNCTION agreement_names_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    UPDATE "Meeting" SET "agreementNames" = NEW.title || ' ' || NEW.reference || ' ' || NEW."partyNames" WHERE "agreementId" = NEW.id;
    RETURN NULL;
  END $$;

CREATE TRIGGER agreement_names_changed AFTER UPDATE OF title, reference, "partyNames" ON "Agreement"
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.reference IS DISTINCT FROM NEW.reference OR OLD."partyNames" IS DISTINCT FROM NEW."partyNames")
  EXECUTE FUNCTION agreement_names_changed();

UPDATE "Meeting" m SET "agreementNames" = a.title || ' ' || a.reference || ' ' || a."partyNames" FROM "Agreement" a WHERE a.id = m."agreementId";
DROP INDEX "Agreement_searchText_trgm_idx";
DROP INDEX "Organisation_searchText_trgm_idx";
ALTER TABLE "Agreement" DROP COLUMN "searchText";
ALTER TABLE "Organisation" DROP COLUMN "searchText";

ALTER TABLE "Agreement" ADD COLUMN "searchTitle" text
  GENERATED ALWAYS AS (search_words(title || ' ' || reference)) STORED;
ALTER TABLE "Agreement" ADD COLUMN "searchNames" text
  GENERATED ALWAYS AS (search_words(title || ' ' || reference || ' ' || "partyNames")) STORED;
ALTER TABLE "Agreement" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(title || ' ' || reference || ' ' || "partyNames" || ' ' || coalesce(summary, ''))) STORED;
ALTER TABLE "Organisation" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(name || ' ' || coalesce(acronym, ''))) STORED;
ALTER TABLE "Meeting" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(title || ' ' || coalesce(location, ''))) STORED;
ALTER TABLE "Meeting" ADD COLUMN "searchNames" text
  GENERATED ALWAYS AS (search_words(title || ' ' || coalesce(location, '') || ' ' || "agreementNames")) STORED;
ALTER TABLE "Project" ADD COLUMN "searchTitle" text
  GENERATED ALWAYS AS (search_words(code || ' ' || title)) STORED;
ALTER TABLE "Project" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(code || ' ' || title || ' ' || coalesce(summary, ''))) STORED;

CREATE INDEX "Agreement_searchTitle_trgm_idx" ON "Agreement" USING gin ("searchTitle" gin_trgm_ops);
CREATE INDEX "Agreement_searchNames_trgm_idx" ON "Agreement" USING gin ("searchNames" gin_trgm_ops);
CREATE INDEX "Agreement_searchText_trgm_idx" ON "Agreement" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Organisation_searchText_trgm_idx" ON "Organisation" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Meeting_searchText_trgm_idx" ON "Meeting" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Meeting_searchNames_trgm_idx" ON "Meeting" USING gin ("searchNames" gin_trgm_ops);
CREATE INDEX "Project_searchTitle_trgm_idx" ON "Project" USING gin ("searchTitle" gin_trgm_ops);
CREATE INDEX "Project_searchText_trgm_idx" ON "Project" USING gin ("searchText" gin_trgm_ops);
