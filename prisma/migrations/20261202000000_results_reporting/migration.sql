-- CreateEnum
CREATE TYPE "ResultType" AS ENUM ('OUTPUT', 'OUTCOME', 'IMPACT');

-- CreateEnum
CREATE TYPE "IndicatorMeasure" AS ENUM ('UNIT', 'PERCENTAGE', 'NOMINAL', 'ORDINAL', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('PROGRESS', 'FINANCIAL', 'FINAL');

-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('DUE', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "reportId" TEXT;

-- AlterTable
ALTER TABLE "ActionItemComment" ADD COLUMN     "status" "ActionItemStatus";

-- CreateTable
CREATE TABLE "Result" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "type" "ResultType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "measure" "IndicatorMeasure" NOT NULL,
    "ascending" BOOLEAN NOT NULL DEFAULT true,
    "baselineYear" INTEGER,
    "baselineValue" DECIMAL(18,4),
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorPeriod" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "target" DECIMAL(18,4),
    "actual" DECIMAL(18,4),
    "comment" TEXT,
    "reportId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingRequirement" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "everyMonths" INTEGER,
    "firstDueOn" DATE NOT NULL,
    "lastDueOn" DATE,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReport" (
    "id" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "dueOn" DATE NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "state" "ReportState" NOT NULL DEFAULT 'DUE',
    "narrative" TEXT,
    "health" "Health",
    "progressPercent" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionComment" TEXT,
    "statusReportId" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportActual" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DECIMAL(18,4),
    "comment" TEXT,

    CONSTRAINT "ReportActual_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Result_projectId_idx" ON "Result"("projectId");

-- CreateIndex
CREATE INDEX "Indicator_resultId_idx" ON "Indicator"("resultId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorPeriod_indicatorId_periodEnd_key" ON "IndicatorPeriod"("indicatorId", "periodEnd");

-- CreateIndex
CREATE INDEX "ReportingRequirement_projectId_idx" ON "ReportingRequirement"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerReport_statusReportId_key" ON "PartnerReport"("statusReportId");

-- CreateIndex
CREATE INDEX "PartnerReport_projectId_dueOn_idx" ON "PartnerReport"("projectId", "dueOn");

-- CreateIndex
CREATE INDEX "PartnerReport_organisationId_state_dueOn_idx" ON "PartnerReport"("organisationId", "state", "dueOn");

-- CreateIndex
CREATE INDEX "PartnerReport_state_dueOn_idx" ON "PartnerReport"("state", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerReport_requirementId_dueOn_key" ON "PartnerReport"("requirementId", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "ReportActual_reportId_indicatorId_key" ON "ReportActual"("reportId", "indicatorId");

-- CreateIndex
CREATE INDEX "Document_reportId_idx" ON "Document"("reportId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "PartnerReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Result" ADD CONSTRAINT "Result_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "Result"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorPeriod" ADD CONSTRAINT "IndicatorPeriod_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorPeriod" ADD CONSTRAINT "IndicatorPeriod_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "PartnerReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingRequirement" ADD CONSTRAINT "ReportingRequirement_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingRequirement" ADD CONSTRAINT "ReportingRequirement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "ReportingRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_statusReportId_fkey" FOREIGN KEY ("statusReportId") REFERENCES "StatusReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportActual" ADD CONSTRAINT "ReportActual_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "PartnerReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportActual" ADD CONSTRAINT "ReportActual_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Rules the forms check, kept by the database too.
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_progress_check" CHECK ("progressPercent" IS NULL OR "progressPercent" BETWEEN 0 AND 100);
ALTER TABLE "PartnerReport" ADD CONSTRAINT "PartnerReport_period_check" CHECK ("periodStart" <= "periodEnd");
ALTER TABLE "ReportingRequirement" ADD CONSTRAINT "ReportingRequirement_every_check" CHECK ("everyMonths" IS NULL OR "everyMonths" BETWEEN 1 AND 60);
ALTER TABLE "IndicatorPeriod" ADD CONSTRAINT "IndicatorPeriod_period_check" CHECK ("periodStart" <= "periodEnd");
