// Administrators define the fields each kind of record has beyond ours (decision 022): add one,
// rename it or its options, reorder, mark it required or shown to partners, archive it (hidden,
// values kept). Every write is audited and made at the version the form read. A field's type cannot
// change once a record holds a value for it, nor an option in use be removed: both would strand values.
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type AuditSnapshot } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CustomFieldEntity } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import { can, type Viewer } from "@/lib/policy";
import { CHOICE_TYPES, customFieldSchema, keyOf, type CustomFieldFormValues, type CustomFieldInput } from "./schema";
import type { FieldOption } from "./values";

const ENTITY = "CustomField";
const ONLY_ADMINISTRATORS = msg("problems.onlyAdministratorsDefineFields");

/** The table each kind of record lives in (for counting the values a field holds). */
export const TABLES: Record<CustomFieldEntity, string> = { AGREEMENT: "Agreement", ORGANISATION: "Organisation", PROJECT: "Project", MEETING: "Meeting" };

/** How many records of the kind hold a value for the field (for an option: that option). */
export async function recordsWithValue(tx: Prisma.TransactionClient, entity: CustomFieldEntity, key: string, optionId?: string): Promise<number> {
  // The table name is one of four constants; the key and option are parameters.
  const table = TABLES[entity];
  const rows = optionId
    ? await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" WHERE jsonb_exists("customValues" -> $1, $2)`, key, optionId)
    : await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}" WHERE jsonb_exists("customValues", $1)`, key);
  return rows[0]?.n ?? 0;
}

function snapshot(f: { label: string; labels: unknown; help: string | null; type: string; options: FieldOption[]; required: boolean; partnersSee: boolean; archived: boolean; sortOrder: number }): AuditSnapshot {
  const labels = (f.labels ?? {}) as Record<string, string | null>;
  return {
    label: f.label,
    ...Object.fromEntries(Object.entries(labels).map(([locale, label]) => [`label (${locale})`, label ?? null])),
    help: f.help,
    type: f.type,
    options: f.options.map((o) => o.label),
    required: f.required,
    partnersSee: f.partnersSee,
    archived: f.archived,
    sortOrder: f.sortOrder,
  };
}

/** The options after a change: kept ones renamed, blank ones removed, new ones added with ids made of their labels. */
function nextOptions(current: FieldOption[], input: CustomFieldInput): { options: FieldOption[]; removed: FieldOption[] } {
  if (!CHOICE_TYPES.includes(input.type)) return { options: [], removed: current };
  const renamed = new Map(input.options.map((o) => [o.id, o.label]));
  const kept: FieldOption[] = [];
  const removed: FieldOption[] = [];
  for (const option of current) {
    const label = renamed.has(option.id) ? renamed.get(option.id) : option.label;
    if (label) kept.push({ id: option.id, label });
    else removed.push(option);
  }
  const ids = new Set(current.map((o) => o.id));
  for (const label of input.newOptions) {
    if (!label) continue;
    const id = keyOf(label, ids, false);
    ids.add(id);
    kept.push({ id, label });
  }
  return { options: kept, removed };
}

const labelsOf = (input: CustomFieldInput) => Object.fromEntries(Object.entries(input.labels).filter(([, v]) => v)) as Record<string, string>;

/** The definition's columns as the form sets them (a new field and a change alike). */
const columnsOf = (input: CustomFieldInput, options: FieldOption[], sortOrder: number) => ({
  label: input.label,
  labels: labelsOf(input),
  help: input.help,
  type: input.type,
  options: options as unknown as Prisma.InputJsonValue,
  required: input.required,
  partnersSee: input.partnersSee,
  sortOrder: input.sortOrder ?? sortOrder,
});

export async function createCustomField(viewer: Viewer, values: CustomFieldFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", ENTITY)) return denied(ONLY_ADMINISTRATORS);
  const parsed = customFieldSchema.safeParse(values);
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const id = await db().$transaction(async (tx) => {
    // One definition written at a time: two fields labelled alike get two keys, not a unique violation.
    await tx.$executeRaw`LOCK TABLE "CustomField" IN SHARE ROW EXCLUSIVE MODE`;
    const existing = await tx.customField.findMany({ where: { entity: input.entity }, select: { key: true, sortOrder: true } });
    const { options } = nextOptions([], input);
    const data = {
      entity: input.entity,
      key: keyOf(input.label, new Set(existing.map((f) => f.key))),
      archived: false,
      ...columnsOf(input, options, Math.max(0, ...existing.map((f) => f.sortOrder + 10))),
    };
    const field = await tx.customField.create({ data });
    await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: field.id, changes: changedFields(null, snapshot({ ...data, options })) });
    return field.id;
  });
  return { ok: true, id };
}

type Outcome = { kind: "saved" } | { kind: "gone" } | { kind: "stale"; version: number } | { kind: "refused"; errors: Record<string, ReturnType<typeof msg>> };

/** Changes a field at the version the administrator read. Its kind of record and key never change. */
export async function updateCustomField(viewer: Viewer, id: string, readVersion: number, values: CustomFieldFormValues): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(ONLY_ADMINISTRATORS);
  const current = await db().customField.findUnique({ where: { id }, select: { entity: true } });
  if (!current) return refused(msg("problems.recordGone", { noun: "field" }));
  // The kind of record is the field's own, whatever the form says.
  const parsed = customFieldSchema.safeParse({ ...values, entity: current.entity });
  if (!parsed.success) return refused(FIX_FIELDS, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const result = await db().$transaction(async (tx): Promise<Outcome> => {
    const field = await tx.customField.findUnique({ where: { id } });
    if (!field) return { kind: "gone" };
    if (field.version !== readVersion) return { kind: "stale", version: field.version };
    const currentOptions = (field.options ?? []) as unknown as FieldOption[];
    if (input.type !== field.type) {
      const holding = await recordsWithValue(tx, field.entity, field.key);
      if (holding > 0) return { kind: "refused", errors: { type: msg("problems.fieldTypeHoldsValues", { count: holding }) } };
    }
    const { options, removed } = nextOptions(currentOptions, input);
    if (input.type === field.type) {
      for (const option of removed) {
        const holding = await recordsWithValue(tx, field.entity, field.key, option.id);
        if (holding > 0) return { kind: "refused", errors: { [`option.${option.id}`]: msg("problems.optionHoldsValues", { option: option.label, count: holding }) } };
      }
    }
    const data = { archived: input.archived, ...columnsOf(input, options, field.sortOrder) };
    const { count } = await tx.customField.updateMany({ where: { id, version: readVersion }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) return { kind: "stale", version: field.version + 1 };
    const changes = changedFields(snapshot({ ...field, options: currentOptions }), snapshot({ ...data, options }));
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes });
    return { kind: "saved" };
  });
  if (result.kind === "stale") return conflictSince(ENTITY, id, readVersion, result.version, "field");
  if (result.kind === "gone") return refused(msg("problems.recordGone", { noun: "field" }));
  if (result.kind === "refused") return refused(FIX_FIELDS, result.errors);
  return { ok: true, id };
}
