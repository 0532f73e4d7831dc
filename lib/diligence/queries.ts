// Reads of due diligence and sanctions screening: staff only, never partners (the policy has no
// partner rule for them, and every query here refuses a partner outright).
import { db } from "@/lib/db";
import { today } from "@/lib/domain/format";
import type { RiskRating } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "@/lib/policy";
import { setting } from "@/lib/settings/settings";
import { RENEWAL_NOTICE_DAYS, standingOf } from "./standing";

const staff = (viewer: Viewer) => viewer.role !== "PARTNER" && can(viewer, "read", "DueDiligence");

/** A partner's assessments (newest first), its standing, its live sanctions matches, and the form's choices. */
export async function diligenceOfPartner(viewer: Viewer, organisationId: string, on = today()) {
  if (!staff(viewer)) return null;
  const [assessments, matches, sources, validityYears] = await Promise.all([
    db().diligenceAssessment.findMany({
      where: { organisationId, archived: false },
      orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
      include: { assessor: { select: { id: true, name: true } }, approvedBy: { select: { name: true } } },
    }),
    db().sanctionsMatch.findMany({
      where: { organisationId, entity: { delistedAt: null } },
      orderBy: [{ state: "asc" }, { score: "desc" }],
      include: { entity: { select: { reference: true, name: true, listedOn: true } }, decidedBy: { select: { name: true } } },
    }),
    db().diligenceSource.findMany({ where: { archived: false }, orderBy: { sortOrder: "asc" }, select: { label: true } }),
    setting("diligence.validityYears"),
  ]);
  return { ...standingOf(assessments, on), assessments, matches, sources: sources.map((s) => s.label), validityYears };
}

export type PartnerDiligence = NonNullable<Awaited<ReturnType<typeof diligenceOfPartner>>>;

/** The administrators' page: the checklist, the validity, the latest import. */
export async function diligenceSetup(viewer: Viewer) {
  if (!can(viewer, "update", "DiligenceSetup")) return null;
  const [sources, validityYears, latest, listed, toReview] = await Promise.all([
    db().diligenceSource.findMany({ where: { archived: false }, orderBy: { sortOrder: "asc" }, select: { id: true, label: true } }),
    setting("diligence.validityYears"),
    db().sanctionsList.findFirst({ orderBy: { importedAt: "desc" }, include: { importedBy: { select: { name: true } } } }),
    db().sanctionsEntity.count({ where: { delistedAt: null } }),
    db().sanctionsMatch.count({ where: { state: "UNRESOLVED", entity: { delistedAt: null }, organisation: { archived: false } } }),
  ]);
  return { sources, validityYears, latest, listed, toReview };
}

/**
 * What due diligence needs done (attention and reminders): partners with agreements in play whose
 * latest approved assessment ends within RENEWAL_NOTICE_DAYS (or has ended), and unresolved matches.
 */
export async function diligenceNeedingAttention(on = today()) {
  const noticeUntil = new Date(on.getTime() + RENEWAL_NOTICE_DAYS * 86_400_000);
  const [assessed, matches] = await Promise.all([
    db().organisation.findMany({
      where: {
        archived: false,
        assessments: { some: { archived: false, approvedAt: { not: null } } },
        agreementRoles: { some: { agreement: { archived: false, status: { in: ["DRAFT", "UNDER_NEGOTIATION", "ACTIVE"] } } } },
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true, assessments: { where: { archived: false, approvedAt: { not: null } }, orderBy: { validUntil: "desc" }, take: 1, select: { validUntil: true } } },
    }),
    db().sanctionsMatch.findMany({
      where: { state: "UNRESOLVED", entity: { delistedAt: null }, organisation: { archived: false } },
      orderBy: [{ score: "desc" }, { id: "asc" }],
      select: { id: true, score: true, listedName: true, createdAt: true, organisation: { select: { id: true, name: true } }, entity: { select: { reference: true } } },
    }),
  ]);
  const expiring = assessed.flatMap((o) => (o.assessments[0].validUntil <= noticeUntil ? [{ organisation: { id: o.id, name: o.name }, validUntil: o.assessments[0].validUntil }] : []));
  return { expiring: expiring.sort((a, b) => a.validUntil.getTime() - b.validUntil.getTime()), matches };
}

/** The dashboard's section: current partners by the risk of their assessment in force, assessments ending, matches to resolve. */
export async function diligenceOverview(viewer: Viewer, on = today()) {
  if (!staff(viewer)) return null;
  const partners = await db().organisation.findMany({
    where: { archived: false, assessments: { some: { archived: false } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, assessments: { where: { archived: false }, select: { approvedAt: true, validUntil: true, decision: true, assessedOn: true, risk: true } } },
  });
  const byRisk = { LOW: [], MEDIUM: [], HIGH: [] } as Record<RiskRating, { id: string; name: string }[]>;
  for (const p of partners) {
    const { current } = standingOf(p.assessments, on);
    if (current) byRisk[current.risk].push({ id: p.id, name: p.name });
  }
  return { byRisk, ...(await diligenceNeedingAttention(on)) };
}
