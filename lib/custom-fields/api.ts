// Custom fields in the JSON API: each item's `custom_fields`, by key (only the fields the token's user
// may see), and their description in the OpenAPI document for whoever reads it signed in or with a
// token (the public document names no field: their labels are the organisation's own business).
import { z } from "zod";
import type { CustomFieldEntity } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/policy";
import { visibleCustomFields } from "./queries";
import { LONG_TEXT_MAX, onlyVisible, TEXT_MAX, type FieldDefinition } from "./values";

export const customFieldsItem = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
  .describe("Values of the fields the organisation added, by key; a field without a value is absent. Options are given by their id. Read this document with your token to see each field described.");

/** A viewer's visible custom values of each row, for an endpoint's items. */
export async function customValuesFor(viewer: Viewer, entity: CustomFieldEntity) {
  const fields = await visibleCustomFields(viewer, entity);
  return (values: unknown) => onlyVisible(fields, values);
}

/** One field's JSON Schema: its type, its label as title, its help, its options. */
function fieldSchema(field: FieldDefinition): Record<string, unknown> {
  const about = { title: field.label, ...(field.help && { description: field.help }) };
  const options = { enum: field.options.map((o) => o.id), "x-option-labels": Object.fromEntries(field.options.map((o) => [o.id, o.label])) };
  switch (field.type) {
    case "TEXT":
      return { ...about, type: "string", maxLength: TEXT_MAX };
    case "LONG_TEXT":
      return { ...about, type: "string", maxLength: LONG_TEXT_MAX };
    case "URL":
      return { ...about, type: "string", format: "uri" };
    case "NUMBER":
      return { ...about, type: "number" };
    case "DATE":
      return { ...about, type: "string", format: "date" };
    case "YES_NO":
      return { ...about, type: "boolean" };
    case "ONE_OF":
      return { ...about, type: "string", ...options };
    case "SEVERAL_OF":
      return { ...about, type: "array", items: { type: "string", ...options } };
  }
}

/** The `custom_fields` object's schema with each field the viewer sees described. */
export function customFieldsSchema(fields: readonly FieldDefinition[]): Record<string, unknown> {
  return {
    type: "object",
    description: "Values of the fields the organisation added, by key; a field without a value is absent.",
    additionalProperties: false,
    properties: Object.fromEntries(fields.map((field) => [field.key, fieldSchema(field)])),
  };
}

/** The custom fields a viewer sees on each kind of record, for the OpenAPI document. */
export async function customFieldsByEntity(viewer: Viewer): Promise<Partial<Record<CustomFieldEntity, FieldDefinition[]>>> {
  const entities: CustomFieldEntity[] = ["AGREEMENT", "ORGANISATION", "PROJECT", "MEETING"];
  return Object.fromEntries(await Promise.all(entities.map(async (entity) => [entity, await visibleCustomFields(viewer, entity)] as const)));
}
