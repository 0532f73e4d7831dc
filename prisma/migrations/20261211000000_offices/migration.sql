-- Offices (issue 27): the organisation's regional office at the top, country offices and teams
-- below. Everything recorded before belongs to the top office, made here with a fixed id that the
-- columns' default names; administrators rename it and build the tree under it.

-- CreateTable
CREATE TABLE "Office" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT,
    "parentId" TEXT,
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- An office is never its own parent (longer cycles are refused by lib/offices, under a table lock).
ALTER TABLE "Office" ADD CONSTRAINT "Office_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id");

INSERT INTO "Office" ("id", "name", "updatedAt") VALUES ('office-root', 'Head office', CURRENT_TIMESTAMP);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "officeId" TEXT;

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "officeId" TEXT NOT NULL DEFAULT 'office-root';

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "officeId" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "officeId" TEXT NOT NULL DEFAULT 'office-root';

-- CreateIndex
CREATE UNIQUE INDEX "Office_name_key" ON "Office"("name");

-- CreateIndex
CREATE INDEX "Office_parentId_idx" ON "Office"("parentId");

-- CreateIndex
CREATE INDEX "User_officeId_idx" ON "User"("officeId");

-- CreateIndex
CREATE INDEX "Agreement_officeId_idx" ON "Agreement"("officeId");

-- CreateIndex
CREATE INDEX "Project_officeId_idx" ON "Project"("officeId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Staff work in the top office until an administrator says otherwise; partners have no office.
UPDATE "User" SET "officeId" = 'office-root' WHERE "role" <> 'PARTNER';

-- The office tree is a cached lookup (lib/cache/lookups.ts): any change to it bumps the generation.
CREATE TRIGGER "Office_lookups" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Office"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();
