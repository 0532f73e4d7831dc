// GET /api/v1/agreements: the agreements the token's user may see, with the list page's filters.
import { z } from "zod";
import { customFieldsItem, customValuesFor } from "@/lib/custom-fields/api";
import { agreementFiltersSchema } from "@/lib/agreements/filters";
import { agreementWhere } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { today } from "@/lib/domain/format";
import { AgreementStatus, Instrument, Modality, PartyRole } from "@/lib/generated/prisma/enums";
import { endpoint } from "../endpoint";
import { after, day, id, money, timestamp, toDayOrNull, toDecimal } from "./fields";

// The list page's own filter schema, minus its paging and sorting, and strict: the page drops a bad
// value so a list always shows; a program is told instead.
const filters = agreementFiltersSchema.omit({ sort: true, desc: true, page: true }).shape;
const strict = Object.fromEntries(Object.entries(filters).map(([name, schema]) => [name, schema.unwrap()])) as { [K in keyof typeof filters]: ReturnType<(typeof filters)[K]["unwrap"]> };

const item = z.object({
  id,
  reference: z.string(),
  title: z.string(),
  instrument: z.enum(Instrument),
  modality: z.enum(Modality),
  status: z.enum(AgreementStatus),
  signed_on: day.nullable(),
  effective_on: day.nullable(),
  expires_on: day.nullable().describe("null: open-ended."),
  countries: z.array(z.string().length(2)).describe("ISO 3166-1 alpha-2"),
  contribution: money.nullable(),
  summary: z.string().nullable(),
  parties: z.array(z.object({ organisation_id: id, name: z.string(), acronym: z.string().nullable(), role: z.enum(PartyRole) })),
  themes: z.array(z.string()).describe("Theme codes."),
  office: z.object({ id, name: z.string() }).describe("The office responsible for it."),
  custom_fields: customFieldsItem,
  updated_at: timestamp,
});

export const agreements = endpoint({
  path: "/agreements",
  name: "Agreement",
  summary: "Agreements",
  description: "Agreements in id order, with their parties and themes. A partner's token sees its own organisation's agreements only.",
  query: z.object(strict),
  item,
  entity: "AGREEMENT",
  async list(viewer, query, page) {
    const custom = await customValuesFor(viewer, "AGREEMENT");
    const where = await agreementWhere(viewer, query, today());
    const rows = await db().agreement.findMany({
      where: { AND: [where, after(page)] },
      orderBy: { id: "asc" },
      take: page.take,
      include: { parties: { include: { organisation: { select: { name: true, acronym: true } } }, orderBy: { organisation: { name: "asc" } } }, themes: { include: { theme: { select: { code: true } } } }, office: { select: { id: true, name: true } } },
    });
    return rows.map((a) => ({
      id: a.id,
      reference: a.reference,
      title: a.title,
      instrument: a.instrument,
      modality: a.modality,
      status: a.status,
      signed_on: toDayOrNull(a.signedOn),
      effective_on: toDayOrNull(a.effectiveOn),
      expires_on: toDayOrNull(a.expiresOn),
      countries: a.countries,
      contribution: a.contributionAmount && a.contributionCurrency ? { amount: toDecimal(a.contributionAmount), currency: a.contributionCurrency } : null,
      summary: a.summary,
      parties: a.parties.map((p) => ({ organisation_id: p.organisationId, name: p.organisation.name, acronym: p.organisation.acronym, role: p.role })),
      themes: a.themes.map((t) => t.theme.code).sort(),
      office: a.office,
      custom_fields: custom(a.customValues),
      updated_at: a.updatedAt.toISOString(),
    }));
  },
});
