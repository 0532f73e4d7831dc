-- CreateEnum
CREATE TYPE "CustomFieldEntity" AS ENUM ('AGREEMENT', 'ORGANISATION', 'PROJECT', 'MEETING');

-- CreateEnum
CREATE TYPE "CustomFieldType" AS ENUM ('TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'YES_NO', 'ONE_OF', 'SEVERAL_OF', 'URL');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "customValues" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "customValues" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "customValues" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "customValues" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "CustomField" (
    "id" TEXT NOT NULL,
    "entity" "CustomFieldEntity" NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "help" TEXT,
    "type" "CustomFieldType" NOT NULL,
    "options" JSONB NOT NULL DEFAULT '[]',
    "required" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "partnersSee" BOOLEAN NOT NULL DEFAULT false,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomField_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CustomField_entity_key_key" ON "CustomField"("entity", "key");

-- CreateIndex
CREATE INDEX "Organisation_customValues_idx" ON "Organisation" USING GIN ("customValues" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Agreement_customValues_idx" ON "Agreement" USING GIN ("customValues" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Meeting_customValues_idx" ON "Meeting" USING GIN ("customValues" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Project_customValues_idx" ON "Project" USING GIN ("customValues" jsonb_path_ops);

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "customText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "customText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "customText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "customText" TEXT NOT NULL DEFAULT '';

-- Search by words finds what is typed into custom text fields: each record's widest search column
-- (decision 009) gains its customText, which the app writes with its customValues.
DROP INDEX "Agreement_searchText_trgm_idx";
ALTER TABLE "Agreement" DROP COLUMN "searchText";
ALTER TABLE "Agreement" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(title || ' ' || reference || ' ' || "partyNames" || ' ' || coalesce(summary, '') || ' ' || "customText")) STORED;
CREATE INDEX "Agreement_searchText_trgm_idx" ON "Agreement" USING gin ("searchText" gin_trgm_ops);

DROP INDEX "Organisation_searchText_trgm_idx";
ALTER TABLE "Organisation" DROP COLUMN "searchText";
ALTER TABLE "Organisation" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(name || ' ' || coalesce(acronym, '') || ' ' || "customText")) STORED;
CREATE INDEX "Organisation_searchText_trgm_idx" ON "Organisation" USING gin ("searchText" gin_trgm_ops);

DROP INDEX "Meeting_searchNames_trgm_idx";
ALTER TABLE "Meeting" DROP COLUMN "searchNames";
ALTER TABLE "Meeting" ADD COLUMN "searchNames" text
  GENERATED ALWAYS AS (search_words(title || ' ' || coalesce(location, '') || ' ' || "agreementNames" || ' ' || "customText")) STORED;
CREATE INDEX "Meeting_searchNames_trgm_idx" ON "Meeting" USING gin ("searchNames" gin_trgm_ops);

DROP INDEX "Project_searchText_trgm_idx";
ALTER TABLE "Project" DROP COLUMN "searchText";
ALTER TABLE "Project" ADD COLUMN "searchText" text
  GENERATED ALWAYS AS (search_words(code || ' ' || title || ' ' || coalesce(summary, '') || ' ' || "customText")) STORED;
CREATE INDEX "Project_searchText_trgm_idx" ON "Project" USING gin ("searchText" gin_trgm_ops);

-- The definitions are a cached lookup (lib/cache/lookups.ts): any change to them bumps the generation.
CREATE TRIGGER "CustomField_lookups" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CustomField"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();
