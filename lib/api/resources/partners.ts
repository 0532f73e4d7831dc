// GET /api/v1/partners: the registry of partner organisations (staff; partners do not see the registry).
import { z } from "zod";
import { customFieldsItem, customValuesFor } from "@/lib/custom-fields/api";
import { db } from "@/lib/db";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { partnerWhere } from "@/lib/partners/queries";
import { can } from "@/lib/policy";
import { endpoint } from "../endpoint";
import { after, id, timestamp } from "./fields";

const item = z.object({
  id,
  name: z.string(),
  acronym: z.string().nullable(),
  kind: z.enum(OrganisationKind),
  country: z.string().length(2).nullable().describe("ISO 3166-1 alpha-2; null: regional or international."),
  website: z.string().nullable(),
  archived: z.boolean(),
  custom_fields: customFieldsItem,
  updated_at: timestamp,
});

export const partners = endpoint({
  path: "/partners",
  name: "Partner",
  summary: "Partners",
  description: "Partner organisations in id order. Staff only: a partner's token is refused (403).",
  query: z.object({
    q: z.string().trim().min(1).max(200).optional().describe("Every word in the name or acronym."),
    kind: z.enum(OrganisationKind).optional(),
    country: z
      .string()
      .regex(/^([A-Za-z]{2}|REGIONAL)$/, "must be a country code or REGIONAL")
      .transform((v) => v.toUpperCase())
      .optional()
      .describe("ISO 3166-1 alpha-2, or REGIONAL for organisations without a country."),
    archived: z.enum(["0", "1"]).optional().describe("1: archived organisations instead of current ones."),
  }),
  item,
  entity: "ORGANISATION",
  async list(viewer, query, page) {
    const custom = await customValuesFor(viewer, "ORGANISATION");
    if (!can(viewer, "read", "Organisation") || viewer.role === "PARTNER") return null;
    const where = await partnerWhere({ ...query, archived: query.archived === "1" });
    const rows = await db().organisation.findMany({ where: { AND: [where, after(page)] }, orderBy: { id: "asc" }, take: page.take });
    return rows.map((o) => ({ id: o.id, name: o.name, acronym: o.acronym, kind: o.kind, country: o.country, website: o.website, archived: o.archived, custom_fields: custom(o.customValues), updated_at: o.updatedAt.toISOString() }));
  },
});
