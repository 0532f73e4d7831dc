-- Each audit event names the office its record belonged to when it was recorded, so a manager who
-- reads only their offices' records reads only their offices' events (and the unit-wide ones: partners,
-- people, settings, whose office is none). lib/audit/offices.ts sets it from now on; this fills it in
-- for the events recorded before, from where each record is today.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "officeId" TEXT;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: one statement per kind of record that belongs to an office.
UPDATE "AuditEvent" e SET "officeId" = a."officeId" FROM "Agreement" a
  WHERE e."entityType" = 'Agreement' AND a."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = a."officeId" FROM "Amendment" x JOIN "Agreement" a ON a."id" = x."agreementId"
  WHERE e."entityType" = 'Amendment' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = a."officeId" FROM "Commitment" x JOIN "Agreement" a ON a."id" = x."agreementId"
  WHERE e."entityType" = 'Commitment' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = a."officeId" FROM "Instalment" x JOIN "Commitment" c ON c."id" = x."commitmentId" JOIN "Agreement" a ON a."id" = c."agreementId"
  WHERE e."entityType" = 'Instalment' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = a."officeId" FROM "Receipt" x JOIN "Instalment" i ON i."id" = x."instalmentId" JOIN "Commitment" c ON c."id" = i."commitmentId" JOIN "Agreement" a ON a."id" = c."agreementId"
  WHERE e."entityType" = 'Receipt' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = COALESCE(m."officeId", a."officeId") FROM "Meeting" m JOIN "Agreement" a ON a."id" = m."agreementId"
  WHERE e."entityType" = 'Meeting' AND m."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = COALESCE(m."officeId", a."officeId") FROM "ActionItem" x JOIN "Meeting" m ON m."id" = x."meetingId" JOIN "Agreement" a ON a."id" = m."agreementId"
  WHERE e."entityType" = 'ActionItem' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = p."officeId" FROM "Project" p
  WHERE e."entityType" = 'Project' AND p."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = p."officeId" FROM "StatusReport" x JOIN "Project" p ON p."id" = x."projectId"
  WHERE e."entityType" = 'StatusReport' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = p."officeId" FROM "Result" x JOIN "Project" p ON p."id" = x."projectId"
  WHERE e."entityType" = 'Result' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = p."officeId" FROM "Indicator" x JOIN "Result" r ON r."id" = x."resultId" JOIN "Project" p ON p."id" = r."projectId"
  WHERE e."entityType" = 'Indicator' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = p."officeId" FROM "ReportingRequirement" x JOIN "Project" p ON p."id" = x."projectId"
  WHERE e."entityType" = 'ReportingRequirement' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = p."officeId" FROM "PartnerReport" x JOIN "Project" p ON p."id" = x."projectId"
  WHERE e."entityType" = 'PartnerReport' AND x."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = o."officeId" FROM "Opportunity" o
  WHERE e."entityType" = 'Opportunity' AND o."id" = e."entityId";
UPDATE "AuditEvent" e SET "officeId" = COALESCE(a."officeId", m."officeId", ma."officeId", p."officeId", am."officeId", rp."officeId", o."officeId")
  FROM "Document" d
  LEFT JOIN "Agreement" a ON a."id" = d."agreementId"
  LEFT JOIN "Meeting" m ON m."id" = d."meetingId"
  LEFT JOIN "Agreement" ma ON ma."id" = m."agreementId"
  LEFT JOIN "Project" p ON p."id" = d."projectId"
  LEFT JOIN "Amendment" x ON x."id" = d."amendmentId"
  LEFT JOIN "Agreement" am ON am."id" = x."agreementId"
  LEFT JOIN "PartnerReport" r ON r."id" = d."reportId"
  LEFT JOIN "Project" rp ON rp."id" = r."projectId"
  LEFT JOIN "Opportunity" o ON o."id" = d."opportunityId"
  WHERE e."entityType" = 'Document' AND d."id" = e."entityId";

-- CreateIndex
CREATE INDEX "AuditEvent_officeId_idx" ON "AuditEvent"("officeId");
