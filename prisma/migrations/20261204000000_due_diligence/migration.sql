-- Due diligence on partners and sanctions screening (decision 008). screening_name() is the form
-- names are compared in: lower-cased, unaccented, anything but letters and digits a single space;
-- a trigram index on it lets similarity() find candidates without scanning every name.
CREATE OR REPLACE FUNCTION screening_name(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(search_text($1), '[^a-z0-9]+', ' ', 'g')) $$;

-- CreateEnum
CREATE TYPE "RiskRating" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "DiligenceDecision" AS ENUM ('ENGAGE', 'ENGAGE_WITH_MITIGATION', 'DO_NOT_ENGAGE');

-- CreateEnum
CREATE TYPE "MatchState" AS ENUM ('UNRESOLVED', 'TRUE_MATCH', 'FALSE_MATCH');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "formerNames" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "DiligenceAssessment" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "assessedOn" DATE NOT NULL,
    "assessorId" TEXT NOT NULL,
    "sourcesChecked" TEXT[],
    "findings" TEXT NOT NULL,
    "risk" "RiskRating" NOT NULL,
    "decision" "DiligenceDecision" NOT NULL,
    "mitigations" TEXT,
    "validUntil" DATE NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiligenceAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiligenceSource" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archived" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DiligenceSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SanctionsList" (
    "id" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "generatedOn" DATE,
    "importedById" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SanctionsList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SanctionsEntity" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "listedOn" DATE,
    "delistedAt" TIMESTAMP(3),

    CONSTRAINT "SanctionsEntity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SanctionsName" (
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "alias" BOOLEAN NOT NULL DEFAULT false,
    "normalised" TEXT GENERATED ALWAYS AS (screening_name(name)) STORED,

    CONSTRAINT "SanctionsName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SanctionsMatch" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "partnerName" TEXT NOT NULL,
    "listedName" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "state" "MatchState" NOT NULL DEFAULT 'UNRESOLVED',
    "note" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SanctionsMatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DiligenceAssessment_organisationId_idx" ON "DiligenceAssessment"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "DiligenceSource_label_key" ON "DiligenceSource"("label");

-- CreateIndex
CREATE UNIQUE INDEX "SanctionsEntity_reference_key" ON "SanctionsEntity"("reference");

-- CreateIndex
CREATE INDEX "SanctionsEntity_listId_idx" ON "SanctionsEntity"("listId");

-- CreateIndex
CREATE INDEX "SanctionsName_entityId_idx" ON "SanctionsName"("entityId");

-- CreateIndex
CREATE UNIQUE INDEX "SanctionsMatch_organisationId_entityId_key" ON "SanctionsMatch"("organisationId", "entityId");

-- AddForeignKey
ALTER TABLE "DiligenceAssessment" ADD CONSTRAINT "DiligenceAssessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiligenceAssessment" ADD CONSTRAINT "DiligenceAssessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiligenceAssessment" ADD CONSTRAINT "DiligenceAssessment_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionsList" ADD CONSTRAINT "SanctionsList_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionsEntity" ADD CONSTRAINT "SanctionsEntity_listId_fkey" FOREIGN KEY ("listId") REFERENCES "SanctionsList"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionsName" ADD CONSTRAINT "SanctionsName_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "SanctionsEntity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionsMatch" ADD CONSTRAINT "SanctionsMatch_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionsMatch" ADD CONSTRAINT "SanctionsMatch_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "SanctionsEntity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionsMatch" ADD CONSTRAINT "SanctionsMatch_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Trigram index for screening.
CREATE INDEX "SanctionsName_normalised_trgm_idx" ON "SanctionsName" USING GIN ("normalised" gin_trgm_ops);
