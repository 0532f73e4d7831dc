// What the IATI activity file is made of: signed agreements (with their parties, money and themes)
// and their projects (with partners, themes, budgets and results). The whole portfolio for staff;
// the agreements an administrator made publishable for the public file, and only while it is on.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { officeAndBelow } from "@/lib/offices/queries";
import { can, scope, type Viewer } from "@/lib/policy";
import { setting } from "@/lib/settings/settings";

const themes = { select: { theme: { select: { iatiSector: true } } } } as const;
const parties = { select: { role: true, organisation: { select: { id: true, name: true, kind: true } } } } as const;
/** The documents an IATI file may link: an agreement's or a project's own (not a report's attachment, not a meeting's). */
export const LINKABLE_DOCUMENT = { archived: false, reportId: null, meetingId: null } as const;

// Documents an administrator made public, of agreements they made publishable (the link must open for anyone).
const documents = {
  where: { ...LINKABLE_DOCUMENT, iatiPublic: true },
  orderBy: { createdAt: "asc" },
  select: { id: true, filename: true, mediaType: true, createdAt: true },
} as const;

/** The staff's file: every signed agreement the viewer reads, or (`office`) those of an office and the offices below it. */
export async function iatiRecords(viewer: Viewer, office?: string) {
  if (!can(viewer, "read", "Export") || viewer.role === "PARTNER") return null;
  return iatiAgreements({ AND: [scope(viewer).agreement, office ? { officeId: { in: await officeAndBelow(office) } } : {}] });
}

/** The public file: publishable agreements only, and nothing at all while publishing is off. */
export async function publicIatiRecords() {
  if (!(await setting("iati.publicFile"))) return null;
  return iatiAgreements({ iatiPublishable: true });
}

function iatiAgreements(where: Prisma.AgreementWhereInput) {
  // An activity needs a start date: signed (or in force) agreements, projects with a start.
  return db().agreement.findMany({
    where: { AND: [where, { archived: false, status: { in: ["ACTIVE", "EXPIRED", "TERMINATED"] }, OR: [{ signedOn: { not: null } }, { effectiveOn: { not: null } }] }] },
    orderBy: { reference: "asc" },
    select: {
      reference: true,
      title: true,
      summary: true,
      status: true,
      modality: true,
      signedOn: true,
      effectiveOn: true,
      expiresOn: true,
      countries: true,
      contributionCurrency: true,
      instrument: true,
      iatiPublishable: true,
      updatedAt: true,
      office: { select: { name: true } },
      parties,
      themes,
      documents,
      commitments: {
        where: { archived: false },
        orderBy: { committedOn: "asc" },
        select: {
          amount: true,
          currency: true,
          committedOn: true,
          createdAt: true,
          description: true,
          organisation: { select: { name: true } },
          instalments: {
            where: { archived: false },
            select: {
              dueOn: true,
              amount: true,
              receipts: { where: { archived: false }, orderBy: { receivedOn: "asc" }, select: { amount: true, receivedOn: true, reference: true } },
            },
          },
        },
      },
      projects: {
        where: { archived: false, startsOn: { not: null } },
        orderBy: { code: "asc" },
        select: {
          code: true,
          title: true,
          summary: true,
          lifecycle: true,
          office: { select: { name: true } },
          startsOn: true,
          endsOn: true,
          countries: true,
          budgetAmount: true,
          budgetCurrency: true,
          updatedAt: true,
          partners: parties,
          themes,
          documents,
          results: {
            where: { archived: false },
            orderBy: [{ type: "desc" }, { createdAt: "asc" }],
            select: {
              type: true,
              title: true,
              description: true,
              indicators: {
                where: { archived: false },
                orderBy: { createdAt: "asc" },
                select: {
                  title: true,
                  measure: true,
                  ascending: true,
                  baselineYear: true,
                  baselineValue: true,
                  periods: { orderBy: { periodEnd: "asc" }, select: { periodStart: true, periodEnd: true, target: true, actual: true, comment: true } },
                },
              },
            },
          },
        },
      },
    },
  });
}

export type IatiAgreement = Awaited<ReturnType<typeof iatiAgreements>>[number];

/** A document the public file links to: public, on a publishable agreement (or its project), while publishing is on. */
export async function publicIatiDocument(id: string) {
  if (!(await setting("iati.publicFile"))) return null;
  const published = { archived: false, iatiPublishable: true } as const;
  return db().document.findFirst({
    where: { id, ...documents.where, OR: [{ agreement: published }, { project: { archived: false, agreement: published } }] },
    select: { filename: true, mediaType: true, sizeBytes: true, sha256: true, content: { select: { bytes: true } } },
  });
}
