-- CreateEnum
CREATE TYPE "AmendmentKind" AS ENUM ('NO_COST_EXTENSION', 'BUDGET_REVISION', 'CHANGE_OF_SCOPE', 'CHANGE_OF_PARTIES', 'OTHER');

-- CreateEnum
CREATE TYPE "ClearanceState" AS ENUM ('NOT_SUBMITTED', 'SUBMITTED', 'RETURNED', 'CLEARED');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "clearance" "ClearanceState" NOT NULL DEFAULT 'NOT_SUBMITTED',
ADD COLUMN     "clearanceComment" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "amendmentId" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "reason" TEXT;

-- CreateTable
CREATE TABLE "Amendment" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "AmendmentKind" NOT NULL,
    "signedOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "changes" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "month" DATE NOT NULL,
    "usdPerUnit" DECIMAL(20,10) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_agreementId_number_key" ON "Amendment"("agreementId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currency_month_key" ON "ExchangeRate"("currency", "month");

-- CreateIndex
CREATE INDEX "Agreement_clearance_idx" ON "Agreement"("clearance");

-- CreateIndex
CREATE INDEX "Document_amendmentId_idx" ON "Document"("amendmentId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Agreements already in force (or past it) were signed before clearance was recorded here.
UPDATE "Agreement" SET "clearance" = 'CLEARED' WHERE "status" IN ('ACTIVE', 'EXPIRED', 'TERMINATED');

ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_number_positive" CHECK ("number" > 0);
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_rate_positive" CHECK ("usdPerUnit" > 0);
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_first_of_month" CHECK (extract(day FROM "month") = 1);
