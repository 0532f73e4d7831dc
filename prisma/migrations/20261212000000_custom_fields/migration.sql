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

-- The definitions are a cached lookup (lib/cache/lookups.ts): any change to them bumps the generation.
CREATE TRIGGER "CustomField_lookups" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CustomField"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();
