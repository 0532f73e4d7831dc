// Reads of custom field definitions: a cached lookup per kind of record (every change to them bumps
// the lookups' generation), so a form, a page or a list costs no query for them.
import { cachedLookup } from "@/lib/cache/lookups";
import { db } from "@/lib/db";
import type { CustomFieldEntity } from "@/lib/generated/prisma/enums";
import { can, type Viewer } from "@/lib/policy";
import type { z } from "zod";
import { withCustomFields, type FieldDefinition, type FieldOption } from "./values";

const select = { id: true, key: true, label: true, labels: true, help: true, type: true, options: true, required: true, partnersSee: true, archived: true } as const;

/** A definition's JSON columns read as their shapes. */
const typed = <Row extends { labels: unknown; options: unknown }>(r: Row) => ({ ...r, labels: (r.labels ?? {}) as Record<string, string>, options: (r.options ?? []) as unknown as FieldOption[] });

/** Every field of a kind of record, archived ones too (they keep their values), in the order administrators set. */
export function customFieldsOf(entity: CustomFieldEntity): Promise<FieldDefinition[]> {
  return cachedLookup(`custom fields ${entity}`, async () => {
    const rows = await db().customField.findMany({ where: { entity }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select });
    return rows.map(typed);
  });
}

/** The fields in use that this viewer may see: staff all, partners those marked for partners. */
export async function visibleCustomFields(viewer: Viewer, entity: CustomFieldEntity): Promise<FieldDefinition[]> {
  const fields = (await customFieldsOf(entity)).filter((f) => !f.archived);
  return viewer.role === "PARTNER" ? fields.filter((f) => f.partnersSee) : fields;
}

/** The definitions page: every field of every kind, with the version each change must name. */
export async function customFieldsForAdministrators(viewer: Viewer) {
  if (!can(viewer, "update", "CustomField")) return null;
  const rows = await db().customField.findMany({ orderBy: [{ entity: "asc" }, { sortOrder: "asc" }, { createdAt: "asc" }] });
  return rows.map(typed);
}

export type AdministeredField = NonNullable<Awaited<ReturnType<typeof customFieldsForAdministrators>>>[number];

/**
 * A record's form values checked by its schema with its custom fields (read before any transaction:
 * the definitions' lookup may query, and the embedded database has one connection).
 */
export async function parseWithCustomFields<Base extends z.ZodType>(entity: CustomFieldEntity, schema: Base, values: unknown) {
  const fields = await customFieldsOf(entity);
  const parsed = withCustomFields(schema, fields).safeParse(values);
  return parsed.success ? { ok: true as const, data: { ...parsed.data, fields } } : { ok: false as const, error: parsed.error };
}
