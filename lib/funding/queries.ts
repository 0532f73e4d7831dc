// Reads of commitments, instalments and receipts. Staff see all of them; a partner sees only its
// own organisation's commitments on its own agreements (the policy's scope), nobody else's.
import { db } from "@/lib/db";
import { today as todayOf } from "@/lib/domain/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, scope, type Viewer } from "@/lib/policy";

/** The commitments a viewer may see: staff all, partners their own organisation's on their own agreements. */
export function commitmentScope(viewer: Viewer): Prisma.CommitmentWhereInput {
  const { agreement, isPartner } = scope(viewer);
  if (!isPartner) return { archived: false };
  return { archived: false, organisationId: viewer.organisationId ?? "\u0000none", agreement };
}

const live = { archived: false } as const;

const commitmentInclude = {
  organisation: { select: { id: true, name: true, acronym: true } },
  project: { select: { id: true, code: true, title: true } },
  instalments: {
    where: live,
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    include: { receipts: { where: live, orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }] } },
  },
} satisfies Prisma.CommitmentInclude;

export type CommitmentDetail = Prisma.CommitmentGetPayload<{ include: typeof commitmentInclude }>;

/** The commitments under an agreement that the viewer may see, with their instalments and receipts. */
export async function commitmentsOfAgreement(viewer: Viewer, agreementId: string): Promise<CommitmentDetail[]> {
  // Staff: the policy says; partners: the scope keeps them to their own organisation's rows.
  if (!scope(viewer).isPartner && !can(viewer, "read", "Commitment")) return [];
  return db().commitment.findMany({
    where: { AND: [commitmentScope(viewer), { agreementId }] },
    include: commitmentInclude,
    orderBy: [{ organisation: { name: "asc" } }, { currency: "asc" }, { createdAt: "asc" }],
  });
}

/** One organisation's commitments across its live agreements (the partner page), for staff. */
export async function commitmentsOfOrganisation(viewer: Viewer, organisationId: string) {
  if (scope(viewer).isPartner || !can(viewer, "read", "Commitment")) return [];
  return db().commitment.findMany({
    where: { archived: false, organisationId, agreement: { archived: false } },
    include: { ...commitmentInclude, agreement: { select: { id: true, reference: true, title: true } } },
    orderBy: [{ agreement: { reference: "asc" } }, { currency: "asc" }, { createdAt: "asc" }],
  });
}

/** What the funding forms offer on an agreement: its funding parties and its projects. */
export async function fundingFormOptions(viewer: Viewer, agreementId: string) {
  if (!can(viewer, "create", "Commitment")) return null;
  const agreement = await db().agreement.findFirst({
    where: { id: agreementId, archived: false },
    select: {
      officeId: true,
      parties: { select: { role: true, organisation: { select: { id: true, name: true } } }, orderBy: { organisation: { name: "asc" } } },
      projects: { where: { archived: false }, select: { id: true, code: true, title: true }, orderBy: { code: "asc" } },
    },
  });
  if (!agreement || !can(viewer, "create", "Commitment", { officeId: agreement.officeId })) return null;
  // Every party may fund (one not yet a funding party becomes one); funding parties come first.
  const funders = new Map<string, { id: string; name: string; funding: boolean }>();
  for (const { role, organisation } of agreement.parties) {
    const funding = role === "FUNDING" || (funders.get(organisation.id)?.funding ?? false);
    funders.set(organisation.id, { ...organisation, funding });
  }
  return { funders: [...funders.values()].sort((a, b) => Number(b.funding) - Number(a.funding)), projects: agreement.projects };
}

/**
 * Instalments due before `on` and not fully received, on live commitments of live agreements, with
 * what remains of each: compared in SQL, so it stays one query at any scale.
 */
export async function overdueInstalmentRows(on = todayOf(), { officerId, offices }: { officerId?: string; offices?: readonly string[] } = {}) {
  return db().$queryRaw<{ id: string; agreementId: string; outstanding: string }[]>`
    SELECT i.id, a.id AS "agreementId", (i.amount - coalesce(sum(r.amount), 0))::text AS outstanding
    FROM "Instalment" i
    JOIN "Commitment" c ON c.id = i."commitmentId" AND NOT c.archived
    JOIN "Agreement" a ON a.id = c."agreementId" AND NOT a.archived
    LEFT JOIN "Receipt" r ON r."instalmentId" = i.id AND NOT r.archived
    WHERE NOT i.archived AND i."dueOn" < ${on}::date
      AND (${officerId ?? null}::text IS NULL OR a."responsibleOfficerId" = ${officerId ?? null}::text)
      AND (${offices ? [...offices] : null}::text[] IS NULL OR a."officeId" = ANY(${offices ? [...offices] : null}::text[]))
    GROUP BY i.id, a.id
    HAVING coalesce(sum(r.amount), 0) < i.amount`;
}

/** The overdue instalments (what needs attention), oldest first, with their party and agreement. */
export async function overdueInstalments(on = todayOf(), whose: { officerId?: string; offices?: readonly string[] } = {}) {
  const rows = await overdueInstalmentRows(on, whose);
  const outstanding = new Map(rows.map((r) => [r.id, r.outstanding]));
  const instalments = await db().instalment.findMany({
    where: { id: { in: [...outstanding.keys()] } },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      dueOn: true,
      amount: true,
      commitment: {
        select: {
          currency: true,
          organisation: { select: { name: true } },
          agreement: { select: { id: true, title: true, responsibleOfficerId: true, officeId: true } },
        },
      },
    },
  });
  return instalments.map((i) => ({ ...i, outstanding: outstanding.get(i.id)! }));
}

/** Every commitment under the agreements a list's filters match, for export (staff only). */
export async function exportFunding(viewer: Viewer, agreements: Prisma.AgreementWhereInput) {
  if (scope(viewer).isPartner || !can(viewer, "read", "Export") || !can(viewer, "read", "Commitment")) return null;
  return db().commitment.findMany({
    where: { archived: false, agreement: agreements },
    include: { ...commitmentInclude, agreement: { select: { reference: true } } },
    orderBy: [{ agreement: { reference: "asc" } }, { organisation: { name: "asc" } }, { createdAt: "asc" }],
    take: 50_000,
  });
}
