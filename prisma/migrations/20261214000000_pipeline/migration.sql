-- The resource-mobilisation pipeline (decision 023): opportunities, their yearly tranches, themes and stage history; documents may belong to one.
-- CreateEnum
CREATE TYPE "OpportunityStage" AS ENUM ('IDEA', 'CONCEPT_NOTE', 'PROPOSAL_SUBMITTED', 'NEGOTIATION', 'WON', 'LOST', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "OpportunityCloseReason" AS ENUM ('PARTNER_PRIORITIES', 'NO_FUNDS', 'COMPETING_PROPOSAL', 'NOT_ELIGIBLE', 'TIMING', 'OUR_DECISION', 'OTHER');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "opportunityId" TEXT;

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "stage" "OpportunityStage" NOT NULL DEFAULT 'IDEA',
    "probability" INTEGER,
    "probabilityReason" TEXT,
    "expectedDecisionOn" DATE,
    "responsibleOfficerId" TEXT,
    "officeId" TEXT NOT NULL DEFAULT 'office-root',
    "countries" TEXT[],
    "nextStep" TEXT,
    "nextStepDueOn" DATE,
    "closeReason" "OpportunityCloseReason",
    "closeNote" TEXT,
    "decidedOn" DATE,
    "summary" TEXT,
    "agreementId" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityTranche" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "OpportunityTranche_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpportunityTheme" (
    "opportunityId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "OpportunityTheme_pkey" PRIMARY KEY ("opportunityId","themeId")
);

-- CreateTable
CREATE TABLE "OpportunityStageChange" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "fromStage" "OpportunityStage",
    "toStage" "OpportunityStage" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" TEXT,

    CONSTRAINT "OpportunityStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_agreementId_key" ON "Opportunity"("agreementId");

-- CreateIndex
CREATE INDEX "Opportunity_stage_idx" ON "Opportunity"("stage");

-- CreateIndex
CREATE INDEX "Opportunity_organisationId_idx" ON "Opportunity"("organisationId");

-- CreateIndex
CREATE INDEX "Opportunity_officeId_idx" ON "Opportunity"("officeId");

-- CreateIndex
CREATE INDEX "Opportunity_responsibleOfficerId_idx" ON "Opportunity"("responsibleOfficerId");

-- CreateIndex
CREATE INDEX "Opportunity_expectedDecisionOn_idx" ON "Opportunity"("expectedDecisionOn");

-- CreateIndex
CREATE INDEX "Opportunity_nextStepDueOn_idx" ON "Opportunity"("nextStepDueOn");

-- CreateIndex
CREATE INDEX "Opportunity_decidedOn_idx" ON "Opportunity"("decidedOn");

-- CreateIndex
CREATE INDEX "OpportunityTranche_year_idx" ON "OpportunityTranche"("year");

-- CreateIndex
CREATE UNIQUE INDEX "OpportunityTranche_opportunityId_year_key" ON "OpportunityTranche"("opportunityId", "year");

-- CreateIndex
CREATE INDEX "OpportunityTheme_themeId_idx" ON "OpportunityTheme"("themeId");

-- CreateIndex
CREATE INDEX "OpportunityStageChange_opportunityId_changedAt_idx" ON "OpportunityStageChange"("opportunityId", "changedAt");

-- CreateIndex
CREATE INDEX "Document_opportunityId_idx" ON "Document"("opportunityId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_responsibleOfficerId_fkey" FOREIGN KEY ("responsibleOfficerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityTranche" ADD CONSTRAINT "OpportunityTranche_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityTheme" ADD CONSTRAINT "OpportunityTheme_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityTheme" ADD CONSTRAINT "OpportunityTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityStageChange" ADD CONSTRAINT "OpportunityStageChange_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityStageChange" ADD CONSTRAINT "OpportunityStageChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
