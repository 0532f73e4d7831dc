// The demo's due diligence (INVENTED, as lib/diligence and lib/sanctions would have written it): the
// checklist; BP with an approved low-risk assessment; an invented company whose assessment has
// expired; and an invented sanctions list whose one near-namesake of BP was marked a false match.
import type { Prisma } from "@/lib/generated/prisma/client";
import { screenPartners } from "@/lib/sanctions/screen";

export const DILIGENCE_SOURCES = [
  "UN Security Council sanctions list",
  "UN Global Compact status",
  "Labour-rights record",
  "Integrity and corruption reports",
  "Financial standing",
];

const DAY = 86_400_000;

export async function seedDiligence(tx: Prisma.TransactionClient, ids: { org: (key: string) => string; officer: string; manager: string; admin: string }, now = new Date()) {
  await tx.diligenceSource.createMany({ data: DILIGENCE_SOURCES.map((label, sortOrder) => ({ label, sortOrder })) });
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const assessedOn = new Date(today.getTime() - 200 * DAY);
  await tx.diligenceAssessment.create({
    data: {
      organisationId: ids.org("bp"),
      assessedOn,
      assessorId: ids.officer,
      sourcesChecked: DILIGENCE_SOURCES,
      findings: "No listing, a UN Global Compact participant in good standing; no labour-rights or integrity findings in the last five years.",
      risk: "LOW",
      decision: "ENGAGE",
      validUntil: new Date(Date.UTC(assessedOn.getUTCFullYear() + 2, assessedOn.getUTCMonth(), assessedOn.getUTCDate())),
      approvedById: ids.manager,
      approvedAt: new Date(assessedOn.getTime() + 3 * DAY),
    },
  });
  await tx.diligenceAssessment.create({
    data: {
      organisationId: ids.org("mekong"),
      assessedOn: new Date("2023-03-01T00:00:00Z"),
      assessorId: ids.officer,
      sourcesChecked: DILIGENCE_SOURCES.slice(0, 3),
      findings: "Two factory audits with overtime findings, corrected; no listing.",
      risk: "MEDIUM",
      decision: "ENGAGE_WITH_MITIGATION",
      mitigations: "Quarterly Better Factories audit reports shared with the unit\nNo new agreement without a follow-up audit",
      validUntil: new Date("2025-03-01T00:00:00Z"),
      approvedById: ids.manager,
      approvedAt: new Date("2023-03-10T00:00:00Z"),
    },
  });

  const list = await tx.sanctionsList.create({ data: { filename: "demo-consolidated-list.xml (invented entries)", generatedOn: new Date(today.getTime() - 30 * DAY), importedById: ids.admin, importedAt: new Date(today.getTime() - 30 * DAY) } });
  for (const [reference, name, aliases] of [
    ["DEMO.01", "BP INDONESIA SHIPPING", ["B.P. Indonesia Shipping Est."]],
    ["DEMO.02", "NORTHERN RIVER HOLDINGS", []],
  ] as const) {
    await tx.sanctionsEntity.create({
      data: { reference, name, listId: list.id, names: { create: [{ name }, ...aliases.map((alias) => ({ name: alias, alias: true }))] } },
    });
  }
  await screenPartners(tx);
  await tx.sanctionsMatch.updateMany({
    where: { organisation: { id: ids.org("bp") }, entity: { reference: "DEMO.01" } },
    data: {
      state: "FALSE_MATCH",
      note: "Not BP Indonesia: the listed entity is a shipping firm registered elsewhere, with other directors and another registration number.",
      decidedById: ids.officer,
      decidedAt: new Date(today.getTime() - 29 * DAY),
      version: 2,
    },
  });
}
