// Reads of agreements. Every query takes the viewer and applies the policy's scope in its
// `where`: an agreement outside it does not exist for that viewer.
import { db } from "@/lib/db";
import { scope, type Viewer } from "@/lib/policy";

const partySelect = {
  role: true,
  organisation: { select: { id: true, name: true, acronym: true } },
} as const;

export async function listAgreements(viewer: Viewer) {
  return db().agreement.findMany({
    where: { ...scope(viewer).agreement, archived: false },
    orderBy: [{ expiresOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      instrument: true,
      expiresOn: true,
      parties: { select: partySelect, orderBy: { organisation: { name: "asc" } } },
    },
  });
}

export type AgreementListRow = Awaited<ReturnType<typeof listAgreements>>[number];

export async function findAgreement(viewer: Viewer, id: string) {
  const agreementScope = scope(viewer);
  const agreement = await db().agreement.findFirst({
    where: { ...agreementScope.agreement, id },
    select: {
      id: true,
      reference: true,
      title: true,
      instrument: true,
      modality: true,
      status: true,
      signedOn: true,
      effectiveOn: true,
      expiresOn: true,
      meetingCycleMonths: true,
      countries: true,
      contributionAmount: true,
      contributionCurrency: true,
      summary: true,
      archived: true,
      responsibleOfficer: { select: { name: true, email: true } },
      renewedBy: { select: { id: true, reference: true, title: true } },
      renews: { select: { id: true, reference: true, title: true } },
      parties: { select: partySelect, orderBy: { organisation: { name: "asc" } } },
      themes: { select: { theme: { select: { label: true } } }, orderBy: { theme: { sortOrder: "asc" } } },
      meetings: {
        where: { archived: false },
        orderBy: { heldOn: "desc" },
        select: { id: true, title: true, heldOn: true, status: true, kind: true },
      },
      projects: {
        where: { archived: false },
        orderBy: { code: "asc" },
        select: { id: true, code: true, title: true, lifecycle: true },
      },
    },
  });
  if (!agreement) return null;
  // A renewal link to an agreement the partner is not party to must not leak its title.
  if (agreementScope.isPartner) {
    const visible = await visibleAgreementIds(viewer, [agreement.renewedBy?.id, agreement.renews?.id]);
    if (agreement.renewedBy && !visible.has(agreement.renewedBy.id)) agreement.renewedBy = null;
    if (agreement.renews && !visible.has(agreement.renews.id)) agreement.renews = null;
  }
  return agreement;
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

async function visibleAgreementIds(viewer: Viewer, ids: (string | undefined)[]): Promise<Set<string>> {
  const wanted = ids.filter((id): id is string => Boolean(id));
  if (wanted.length === 0) return new Set();
  const rows = await db().agreement.findMany({
    where: { ...scope(viewer).agreement, id: { in: wanted } },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
