// Reads of partners (organisations). Staff only: partners see their agreements, not the registry.
import { customFieldsOf, visibleCustomFields } from "@/lib/custom-fields/queries";
import { customListQuery, customWhere, type CustomListQuery } from "@/lib/custom-fields/filters";
import { formValuesOf } from "@/lib/custom-fields/values";
import { cachedLookup } from "@/lib/cache/lookups";
import { pageOf, sortingOf } from "@/lib/domain/list-query";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { matchingAll, PARTNER_TIERS } from "@/lib/search/places";
import { searchTerms } from "@/lib/search/words";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "@/lib/policy";
import type { PartnerFormValues } from "./schema";

export type SearchParams = Record<string, string | string[] | undefined>;

export const PARTNERS_PAGE_SIZE = 50;

export const PARTNER_SORTS = ["name", "kind", "country"] as const;

export interface PartnerFilters extends CustomListQuery {
  sort?: (typeof PARTNER_SORTS)[number];
  desc?: boolean;
  q?: string;
  kind?: OrganisationKind;
  country?: string;
  archived?: boolean;
  page?: number;
}

export async function partnerWhere(filters: PartnerFilters): Promise<Prisma.OrganisationWhereInput> {
  return {
    archived: filters.archived ?? false,
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.country && { country: filters.country === "REGIONAL" ? null : filters.country }),
    ...(filters.q && matchingAll(PARTNER_TIERS, await searchTerms(filters.q))),
    ...(filters.custom && { AND: customWhere(await customFieldsOf("ORGANISATION"), filters) }),
  };
}

/** Every partner the filters match, with its contacts, for export (staff only). */
export async function exportPartners(viewer: Viewer, filters: PartnerFilters) {
  if (!can(viewer, "read", "Export") || viewer.role === "PARTNER") return null;
  return db().organisation.findMany({
    where: await partnerWhere(filters),
    orderBy: { name: "asc" },
    take: 50_000,
    select: {
      name: true,
      acronym: true,
      kind: true,
      country: true,
      website: true,
      customValues: true,
      contacts: { where: { archived: false }, orderBy: { name: "asc" }, select: { name: true, email: true } },
    },
  });
}

export async function listPartners(viewer: Viewer, filters: PartnerFilters = {}) {
  if (!can(viewer, "read", "Organisation") || viewer.role === "PARTNER") return null;
  const where = await partnerWhere(filters);
  const dir: Prisma.SortOrder = filters.desc ? "desc" : "asc";
  const orderBy: Prisma.OrganisationOrderByWithRelationInput[] =
    filters.sort === "kind" ? [{ kind: dir }, { name: "asc" }] : filters.sort === "country" ? [{ country: { sort: dir, nulls: "first" } }, { name: "asc" }] : [{ name: dir }];
  return pageOf(
    filters.page ?? 1,
    PARTNERS_PAGE_SIZE,
    () => db().organisation.count({ where }),
    (skip) =>
      db().organisation.findMany({
        where,
        orderBy,
        skip,
        take: PARTNERS_PAGE_SIZE,
        select: {
          id: true,
          name: true,
          acronym: true,
          kind: true,
          country: true,
          customValues: true,
          _count: { select: { agreementRoles: { where: { agreement: { archived: false } } } } },
        },
      }),
  );
}

export async function findPartner(viewer: Viewer, id: string) {
  if (!can(viewer, "read", "Organisation") || viewer.role === "PARTNER") return null;
  const partner = await db().organisation.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      acronym: true,
      kind: true,
      country: true,
      website: true,
      formerNames: true,
      internalNotes: true,
      archived: true,
      version: true,
      customValues: true,
      contacts: { where: { archived: false }, orderBy: { name: "asc" }, select: { id: true, name: true, title: true, email: true, phone: true } },
      agreementRoles: {
        where: { agreement: { archived: false } },
        orderBy: { agreement: { title: "asc" } },
        select: { role: true, agreement: { select: { id: true, title: true, reference: true, status: true, expiresOn: true } } },
      },
    },
  });
  if (!partner) return null;
  const customFields = await visibleCustomFields(viewer, "ORGANISATION");
  return { ...partner, customFields, internalNotes: can(viewer, "read", "InternalNotes") ? partner.internalNotes : null };
}

export async function partnerForEdit(viewer: Viewer, id: string) {
  if (!can(viewer, "update", "Organisation")) return null;
  const o = await db().organisation.findFirst({
    where: { id, archived: false },
    include: { contacts: { where: { archived: false }, orderBy: { name: "asc" } } },
  });
  if (!o) return null;
  const values: PartnerFormValues = {
    name: o.name,
    acronym: o.acronym ?? "",
    kind: o.kind,
    country: o.country ?? "",
    website: o.website ?? "",
    internalNotes: o.internalNotes ?? "",
    contacts: o.contacts.map((c) => ({ id: c.id, name: c.name, title: c.title ?? "", email: c.email ?? "", phone: c.phone ?? "" })),
    custom: formValuesOf(await customFieldsOf("ORGANISATION"), o.customValues),
  };
  return { id: o.id, version: o.version, values };
}

/** The list's filters from the URL; values it does not understand are dropped. */
export function parsePartnerFilters(params: SearchParams): PartnerFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const kind = one("kind");
  const country = one("country").toUpperCase();
  const page = Number(one("page"));
  return {
    ...sortingOf(params, PARTNER_SORTS, "name"),
    q: one("q").slice(0, 200) || undefined,
    kind: kind in OrganisationKind ? (kind as OrganisationKind) : undefined,
    country: /^[A-Z]{2}$|^REGIONAL$/.test(country) ? country : undefined,
    archived: one("archived") === "1",
    page: Number.isInteger(page) && page > 0 ? page : undefined,
    ...customListQuery(params),
  };
}

/** The active organisations, by name: what the forms offer as parties, partners and users' organisations (cached). */
export function organisationChoices() {
  return cachedLookup("organisations", () =>
    db().organisation.findMany({ where: { archived: false }, orderBy: { name: "asc" }, select: { id: true, name: true, acronym: true } }),
  );
}
