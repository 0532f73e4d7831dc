-- CreateTable
CREATE TABLE "LookupGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "generation" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "LookupGeneration_pkey" PRIMARY KEY ("id")
);

-- The one row, and what bumps it: a write that changes what a cached lookup holds (which themes;
-- the names of active organisations and which are parties to an agreement; the active staff and who
-- is responsible for an agreement; the agreements' titles). Updates bump only when a listed column
-- really changes: an agreement's save writes its title every time, and the row is locked until the
-- writing transaction ends.
INSERT INTO "LookupGeneration" (id, generation) VALUES (1, 0);

CREATE FUNCTION bump_lookup_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "LookupGeneration" SET generation = generation + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Theme_lookups" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Theme"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();

CREATE TRIGGER "Organisation_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();
CREATE TRIGGER "Organisation_renamed_or_archived" AFTER UPDATE OF name, acronym, archived ON "Organisation" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.acronym IS DISTINCT FROM NEW.acronym OR OLD.archived IS DISTINCT FROM NEW.archived)
  EXECUTE FUNCTION bump_lookup_generation();

CREATE TRIGGER "User_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();
CREATE TRIGGER "User_renamed_or_moved" AFTER UPDATE OF name, role, active ON "User" FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.role IS DISTINCT FROM NEW.role OR OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION bump_lookup_generation();

CREATE TRIGGER "Agreement_added_or_removed" AFTER INSERT OR DELETE OR TRUNCATE ON "Agreement"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();
CREATE TRIGGER "Agreement_retitled_or_reassigned" AFTER UPDATE OF title, archived, "responsibleOfficerId" ON "Agreement" FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.archived IS DISTINCT FROM NEW.archived OR OLD."responsibleOfficerId" IS DISTINCT FROM NEW."responsibleOfficerId")
  EXECUTE FUNCTION bump_lookup_generation();

-- Parties: only when an organisation becomes a party to its first agreement, or stops being a party
-- to any (a save rewrites an agreement's parties; most of them stay parties throughout).
CREATE FUNCTION bump_lookup_generation_on_new_party() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM added a WHERE NOT EXISTS (
       SELECT 1 FROM "AgreementParty" p WHERE p."organisationId" = a."organisationId" AND p.id NOT IN (SELECT id FROM added))) THEN
    UPDATE "LookupGeneration" SET generation = generation + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION bump_lookup_generation_on_gone_party() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM gone g WHERE NOT EXISTS (SELECT 1 FROM "AgreementParty" p WHERE p."organisationId" = g."organisationId")) THEN
    UPDATE "LookupGeneration" SET generation = generation + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AgreementParty_added" AFTER INSERT ON "AgreementParty" REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation_on_new_party();
CREATE TRIGGER "AgreementParty_removed" AFTER DELETE ON "AgreementParty" REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation_on_gone_party();
CREATE TRIGGER "AgreementParty_moved" AFTER UPDATE OF "organisationId" OR TRUNCATE ON "AgreementParty"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();
