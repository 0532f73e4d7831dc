// What the IATI activity file is made of: signed agreements (with their parties, money and themes)
// and their projects (with partners, themes and results). Staff only.
import { db } from "@/lib/db";
import { can, type Viewer } from "@/lib/policy";

const themes = { select: { theme: { select: { iatiSector: true } } } } as const;
const parties = { select: { role: true, organisation: { select: { id: true, name: true, kind: true } } } } as const;

export async function iatiRecords(viewer: Viewer) {
  if (!can(viewer, "read", "Export") || viewer.role === "PARTNER") return null;
  // An activity needs a start date: signed (or in force) agreements, projects with a start.
  return db().agreement.findMany({
    where: { archived: false, status: { in: ["ACTIVE", "EXPIRED", "TERMINATED"] }, OR: [{ signedOn: { not: null } }, { effectiveOn: { not: null } }] },
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
      updatedAt: true,
      parties,
      themes,
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
            select: { receipts: { where: { archived: false }, orderBy: { receivedOn: "asc" }, select: { amount: true, receivedOn: true, reference: true } } },
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
          startsOn: true,
          endsOn: true,
          countries: true,
          budgetCurrency: true,
          updatedAt: true,
          partners: parties,
          themes,
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

export type IatiAgreement = NonNullable<Awaited<ReturnType<typeof iatiRecords>>>[number];
