-- AlterTable
ALTER TABLE "WebAuthnChallenge" ADD COLUMN     "ipAddress" TEXT;

-- CreateTable
CREATE TABLE "BackupRun" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'running',
    "file" TEXT,
    "bytes" BIGINT,
    "rows" INTEGER,
    "error" TEXT,

    CONSTRAINT "BackupRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BackupRun_startedAt_idx" ON "BackupRun"("startedAt");

-- CreateIndex
CREATE INDEX "WebAuthnChallenge_purpose_expiresAt_idx" ON "WebAuthnChallenge"("purpose", "expiresAt");

