// Reads of agreements. Every query takes the viewer and applies the policy's scope in its
// `where`: an agreement outside it does not exist for that viewer.
import { officeAndBelow, officeChoices } from "@/lib/offices/queries";
import { cachedLookup } from "@/lib/cache/lookups";
import { pageOf } from "@/lib/domain/list-query";
import { inBatches } from "@/lib/domain/batches";
import { db } from "@/lib/db";
import { isoDate, today } from "@/lib/domain/format";
import { AGREEMENT_TIERS, matchingAllFor } from "@/lib/search/places";
import { searchTerms } from "@/lib/search/words";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, scope, type Viewer } from "@/lib/policy";
import { themeChoices } from "@/lib/themes/queries";
import { overdueInstalmentRows } from "@/lib/funding/queries";
import { PAGE_SIZE, type AgreementFilters, type SORTS } from "./filters";
import type { AgreementFormValues } from "./schema";
import { organisationChoices } from "@/lib/partners/queries";
import { officerChoices } from "@/lib/users/queries";
import { customFieldsOf, visibleCustomFields } from "@/lib/custom-fields/queries";
import { formValuesOf, onlyVisible } from "@/lib/custom-fields/values";
import { customWhere } from "@/lib/custom-fields/filters";

const partySelect = {
  role: true,
  organisation: { select: { id: true, name: true, acronym: true } },
} as const;

/**
 * Active agreements that expect meetings every N months and have held none in the last N months
 * (counting from when they took effect).
 */
export async function meetingOverdueAgreementIds(on: Date): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Agreement" a
    WHERE a.status = 'ACTIVE' AND NOT a.archived AND a."meetingCycleMonths" IS NOT NULL
      AND coalesce(a."effectiveOn", a."signedOn") <= ${on}::date - make_interval(months => a."meetingCycleMonths")
      AND NOT EXISTS (
        SELECT 1 FROM "Meeting" m
        WHERE m."agreementId" = a.id AND m.status = 'HELD' AND NOT m.archived
          AND m."heldOn" > ${on}::date - make_interval(months => a."meetingCycleMonths"))`;
  return rows.map((r) => r.id);
}

const SORT_ORDER = {
  expiry: (dir: Prisma.SortOrder) => [{ expiresOn: { sort: dir, nulls: "last" } }, { title: "asc" }],
  title: (dir: Prisma.SortOrder) => [{ title: dir }],
  reference: (dir: Prisma.SortOrder) => [{ reference: dir }],
  signed: (dir: Prisma.SortOrder) => [{ signedOn: { sort: dir, nulls: "last" } }, { title: "asc" }],
  status: (dir: Prisma.SortOrder) => [{ status: dir }, { title: "asc" }],
} satisfies Record<(typeof SORTS)[number], (dir: Prisma.SortOrder) => Prisma.AgreementOrderByWithRelationInput[]>;

/** Active agreements expecting meetings that held (or did not hold) a meeting in the year. */
function meetingInYear(year: number, held: boolean): Prisma.AgreementWhereInput {
  const heldThatYear: Prisma.MeetingWhereInput = {
    archived: false,
    status: "HELD",
    heldOn: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) },
  };
  return { status: "ACTIVE", meetingCycleMonths: { not: null }, meetings: held ? { some: heldThatYear } : { none: heldThatYear } };
}

/** In force at some time in the year: started (took effect or was signed) by its end, not expired before its start. */
export function inForceDuring(year: number): Prisma.AgreementWhereInput {
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year, 11, 31));
  return {
    OR: [{ effectiveOn: { lte: end } }, { effectiveOn: null, signedOn: { lte: end } }],
    AND: [{ OR: [{ expiresOn: null }, { expiresOn: { gte: start } }] }],
  };
}

/** The `where` for a viewer's filtered list: the policy's scope first, then each filter. */
export async function agreementWhere(viewer: Viewer, filters: AgreementFilters, on: Date): Promise<Prisma.AgreementWhereInput> {
  const { agreement: scoped, isPartner } = scope(viewer);
  const and: Prisma.AgreementWhereInput[] = [scoped, { archived: filters.archived === "1" && !isPartner }];
  if (filters.status) and.push({ status: filters.status });
  if (filters.clearance) and.push({ clearance: filters.clearance });
  if (filters.instrument) and.push({ instrument: filters.instrument });
  if (filters.modality) and.push({ modality: filters.modality });
  if (filters.theme) and.push({ themes: { some: { themeId: filters.theme } } });
  if (filters.country) and.push({ countries: { has: filters.country } });
  if (filters.partner) and.push({ parties: { some: { organisationId: filters.partner } } });
  if (filters.officer) and.push({ responsibleOfficerId: filters.officer });
  if (filters.office) and.push({ officeId: { in: await officeAndBelow(filters.office) } });
  if (filters.partnerKind) and.push({ parties: { some: { organisation: { kind: filters.partnerKind } } } });
  if (filters.activeIn) and.push(inForceDuring(filters.activeIn));
  if (filters.meetingYear && filters.meetingHeld) and.push(meetingInYear(filters.meetingYear, filters.meetingHeld === "1"));
  if (filters.expiringWithin) {
    const until = new Date(on.getTime() + filters.expiringWithin * 86_400_000);
    and.push({ expiresOn: { gte: on, lte: until }, status: { notIn: ["EXPIRED", "TERMINATED"] } });
  }
  if (filters.expiresFrom) and.push({ expiresOn: { gte: new Date(`${filters.expiresFrom}T00:00:00Z`) } });
  if (filters.expiresTo) and.push({ expiresOn: { lte: new Date(`${filters.expiresTo}T00:00:00Z`) } });
  if (filters.meetingOverdue) and.push({ id: { in: await meetingOverdueAgreementIds(on) } });
  if (filters.instalmentOverdue) and.push({ id: { in: [...new Set((await overdueInstalmentRows(on)).map((i) => i.agreementId))] } });
  if (filters.instalmentsIn) {
    const dueOn = { gte: new Date(Date.UTC(filters.instalmentsIn, 0, 1)), lte: new Date(Date.UTC(filters.instalmentsIn, 11, 31)) };
    and.push({ commitments: { some: { archived: false, instalments: { some: { archived: false, dueOn } } } } });
  }
  if (filters.q) and.push(matchingAllFor(isPartner, AGREEMENT_TIERS, await searchTerms(filters.q)));
  if (filters.custom) and.push(...customWhere(await visibleCustomFields(viewer, "AGREEMENT"), filters));
  return { AND: and };
}

const listSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  instrument: true,
  modality: true,
  signedOn: true,
  expiresOn: true,
  countries: true,
  contributionAmount: true,
  contributionCurrency: true,
  responsibleOfficer: { select: { name: true } },
  office: { select: { name: true } },
  parties: { select: partySelect, orderBy: { organisation: { name: "asc" } } },
  customValues: true,
} satisfies Prisma.AgreementSelect;

/** One page of the viewer's agreements, filtered and sorted as the URL says. */
export async function listAgreements(viewer: Viewer, filters: AgreementFilters = {}, on = today()) {
  const [where, fields] = await Promise.all([agreementWhere(viewer, filters, on), visibleCustomFields(viewer, "AGREEMENT")]);
  const orderBy = SORT_ORDER[filters.sort ?? "expiry"](filters.desc === "1" ? "desc" : "asc");
  return pageOf(
    filters.page ?? 1,
    PAGE_SIZE,
    () => db().agreement.count({ where }),
    async (skip) => (await db().agreement.findMany({ where, orderBy, select: listSelect, skip, take: PAGE_SIZE })).map((row) => ({ ...row, customValues: onlyVisible(fields, row.customValues) })),
  );
}

/**
 * Every agreement the filters match, for export (staff; null otherwise), in the list's order: the
 * ids are read once, then the rows a batch at a time as the file is written (any number of rows,
 * one batch in memory).
 */
export async function exportAgreements(viewer: Viewer, filters: AgreementFilters, on = today()) {
  if (!can(viewer, "read", "Export")) return null;
  const where = await agreementWhere(viewer, filters, on);
  const orderBy = [...SORT_ORDER[filters.sort ?? "expiry"](filters.desc === "1" ? "desc" : "asc"), { id: "asc" as const }];
  const ids = (await db().agreement.findMany({ where, orderBy, select: { id: true } })).map((a) => a.id);
  return inBatches(ids, (batch) =>
    db().agreement.findMany({
      where: { id: { in: batch } },
      select: { ...listSelect, clearance: true, amendments: { orderBy: { number: "asc" }, select: { number: true, kind: true, signedOn: true } } },
    }),
  );
}

/** The choices the list's filters offer. */
/** Past this many partners the filter is no list (search finds partners by name or acronym). */
export const PARTNER_CHOICES_MAX = 200;

/**
 * The choices the list's filters offer. `organisations` is null when there are too many to list;
 * `partner` is the name of the partner the URL filters by, if any.
 */
export async function agreementFilterOptions(viewer: Viewer, partnerId?: string) {
  if (viewer.role === "PARTNER") return null;
  const parties = { archived: false, agreementRoles: { some: {} } } satisfies Prisma.OrganisationWhereInput;
  const [organisations, themes, officers, partner, offices, customFields] = await Promise.all([
    cachedLookup("party organisations", () =>
      db().organisation.findMany({ where: parties, orderBy: { name: "asc" }, take: PARTNER_CHOICES_MAX + 1, select: { id: true, name: true } }),
    ),
    themeChoices(),
    cachedLookup("responsible officers", () =>
      db().user.findMany({ where: { agreementsResponsible: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    ),
    partnerId ? db().organisation.findUnique({ where: { id: partnerId }, select: { id: true, name: true } }) : null,
    officeChoices(),
    visibleCustomFields(viewer, "AGREEMENT"),
  ]);
  return { organisations: organisations.length > PARTNER_CHOICES_MAX ? null : organisations, themes, officers, partner, offices, customFields };
}

export type AgreementListRow = Awaited<ReturnType<typeof listAgreements>>["rows"][number];

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
      customValues: true,
      responsibleOfficer: { select: { name: true, email: true } },
      officeId: true,
      office: { select: { name: true } },
      renewedBy: { select: { id: true, reference: true, title: true } },
      renews: { select: { id: true, reference: true, title: true } },
      parties: { select: partySelect, orderBy: { organisation: { name: "asc" } } },
      themes: { select: { theme: { select: { label: true } } }, orderBy: { theme: { sortOrder: "asc" } } },
      meetings: {
        where: { archived: false },
        orderBy: { heldOn: "desc" },
        select: {
          id: true,
          title: true,
          heldOn: true,
          status: true,
          kind: true,
          actionItems: {
            // Partners see the action items their organisation owns; staff see all.
            where: { archived: false, ...(agreementScope.isPartner && { ownerOrganisationId: viewer.organisationId ?? "\u0000none" }) },
            orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
            select: {
              id: true,
              description: true,
              dueOn: true,
              status: true,
              ownerOrganisation: { select: { name: true, acronym: true } },
              // The latest change of status that came with a note (a partner's progress, a reopening).
              comments: { where: { status: { not: null } }, orderBy: { createdAt: "desc" }, take: 1, select: { status: true, body: true, createdAt: true, author: { select: { name: true } } } },
            },
          },
        },
      },
      amendments: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          kind: true,
          signedOn: true,
          summary: true,
          changes: true,
          documents: { where: { AND: [agreementScope.document, { archived: false }] }, orderBy: { createdAt: "asc" }, select: { id: true, filename: true } },
        },
      },
      clearance: true,
      clearanceComment: true,
      projects: {
        where: { archived: false },
        orderBy: { code: "asc" },
        select: {
          id: true,
          code: true,
          title: true,
          lifecycle: true,
          statusReports: { where: { archived: false }, orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }], take: 1, select: { health: true } },
        },
      },
    },
  });
  if (!agreement) return null;
  // Custom fields: only those the viewer may see leave the database layer.
  const customFields = await visibleCustomFields(viewer, "AGREEMENT");
  // A renewal link to an agreement the partner is not party to must not leak its title.
  if (agreementScope.isPartner) {
    const visible = await visibleAgreementIds(viewer, [agreement.renewedBy?.id, agreement.renews?.id]);
    if (agreement.renewedBy && !visible.has(agreement.renewedBy.id)) agreement.renewedBy = null;
    if (agreement.renews && !visible.has(agreement.renews.id)) agreement.renews = null;
  }
  return { ...agreement, customValues: onlyVisible(customFields, agreement.customValues), customFields };
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
  const [organisations, themes, officers, offices, customFields] = await Promise.all([organisationChoices(), themeChoices(), officerChoices(), officeChoices(), visibleCustomFields(viewer, "AGREEMENT")]);
  return { organisations, themes, officers, offices, customFields, viewerOfficeId: viewer.officeId ?? "" };
}

export type AgreementFormOptions = NonNullable<Awaited<ReturnType<typeof agreementFormOptions>>>;

/** The new agreement's form, filled from the agreement it renews (which must be active or expired, and not yet renewed). */
export async function renewalOf(viewer: Viewer, id: string): Promise<AgreementFormValues | null> {
  if (!can(viewer, "create", "Agreement")) return null;
  const a = await db().agreement.findFirst({
    where: { id, archived: false, renewedById: null, status: { in: ["ACTIVE", "EXPIRED"] } },
    include: { parties: true, themes: true },
  });
  if (!a) return null;
  return {
    reference: "",
    title: a.title,
    instrument: a.instrument,
    modality: a.modality,
    status: "DRAFT",
    signedOn: "",
    effectiveOn: "",
    expiresOn: "",
    meetingCycleMonths: a.meetingCycleMonths?.toString() ?? "",
    countries: a.countries.join(", "),
    themeIds: a.themes.map((t) => t.themeId),
    contributionAmount: "",
    contributionCurrency: a.contributionCurrency ?? "",
    summary: a.summary ?? "",
    responsibleOfficerId: a.responsibleOfficerId ?? "",
    officeId: a.officeId,
    parties: a.parties.map((p) => ({ organisationId: p.organisationId, role: p.role })),
    renewsId: a.id,
    custom: formValuesOf(await customFieldsOf("AGREEMENT"), a.customValues),
  };
}

/** An agreement as its edit form shows it, with the version the save must name. */
export async function agreementForEdit(viewer: Viewer, id: string) {
  if (!can(viewer, "update", "Agreement")) return null;
  const a = await db().agreement.findFirst({
    where: { id, archived: false },
    include: { parties: true, themes: true },
  });
  if (!a || !can(viewer, "update", "Agreement", { officeId: a.officeId })) return null;
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
    officeId: a.officeId,
    parties: a.parties.map((p) => ({ organisationId: p.organisationId, role: p.role })),
    renewsId: "",
    custom: formValuesOf(await customFieldsOf("AGREEMENT"), a.customValues),
  };
  return { id: a.id, version: a.version, status: a.status, values };
}

/** The agreements not archived, by title: what a project's form offers as its framework agreement (cached). */
export function agreementChoices() {
  return cachedLookup("agreements", () => db().agreement.findMany({ where: { archived: false }, orderBy: { title: "asc" }, select: { id: true, title: true } }));
}
