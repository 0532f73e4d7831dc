// Reads of agreements. Every query takes the viewer and applies the policy's scope in its
// `where`: an agreement outside it does not exist for that viewer.
import { db } from "@/lib/db";
import { isoDate } from "@/lib/domain/format";
import { can, scope, type Viewer } from "@/lib/policy";
import type { AgreementFormValues } from "./schema";

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
      version: true,
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

/** What the agreement form offers: organisations, themes and officers. Only for those who edit. */
export async function agreementFormOptions(viewer: Viewer) {
  if (!can(viewer, "create", "Agreement") && !can(viewer, "update", "Agreement")) return null;
  const [organisations, themes, officers] = await Promise.all([
    db().organisation.findMany({ where: { archived: false }, orderBy: { name: "asc" }, select: { id: true, name: true, acronym: true } }),
    db().theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, label: true } }),
    db().user.findMany({
      where: { active: true, role: { in: ["OFFICER", "ADMIN"] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { organisations, themes, officers };
}

export type AgreementFormOptions = NonNullable<Awaited<ReturnType<typeof agreementFormOptions>>>;

/** An agreement as its edit form shows it, with the version the save must name. */
export async function agreementForEdit(viewer: Viewer, id: string) {
  if (!can(viewer, "update", "Agreement")) return null;
  const a = await db().agreement.findFirst({
    where: { id, archived: false },
    include: { parties: true, themes: true },
  });
  if (!a) return null;
  const values: AgreementFormValues = {
    reference: a.reference,
    title: a.title,
    instrument: a.instrument,
    modality: a.modality,
    status: a.status,
    signedOn: isoDate(a.signedOn) ?? "",
    effectiveOn: isoDate(a.effectiveOn) ?? "",
    expiresOn: isoDate(a.expiresOn) ?? "",
    meetingCycleMonths: a.meetingCycleMonths?.toString() ?? "",
    countries: a.countries.join(", "),
    themeIds: a.themes.map((t) => t.themeId),
    contributionAmount: a.contributionAmount?.toFixed(2) ?? "",
    contributionCurrency: a.contributionCurrency ?? "",
    summary: a.summary ?? "",
    responsibleOfficerId: a.responsibleOfficerId ?? "",
    parties: a.parties.map((p) => ({ organisationId: p.organisationId, role: p.role })),
  };
  return { id: a.id, version: a.version, status: a.status, values };
}
