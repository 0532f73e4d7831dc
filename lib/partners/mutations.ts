// Writes to partners (organisations) and their contacts: policy check, the form's schema, and the
// change with its audit event in one transaction, guarded by the version the editor read.
import { setArchived } from "@/lib/audit/archive";
import { conflictSince } from "@/lib/audit/conflict";
import { changedFields, recordAudit, type AuditSnapshot } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { type ActionResult, denied, type FieldErrors, FIX_FIELDS, refused } from "@/lib/domain/action-result";
import { countryName, organisationKinds } from "@/lib/domain/codelists";
import { fieldErrorsOf } from "@/lib/domain/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/policy";
import { screenPartners } from "@/lib/sanctions/screen";
import { partnerSchema, type PartnerFormValues, type PartnerInput } from "./schema";
import { msg } from "@/lib/i18n/message";
import { parseWithCustomFields } from "@/lib/custom-fields/queries";
import { auditValues, customData, type FieldDefinition, type StoredValues } from "@/lib/custom-fields/values";

const ENTITY = "Organisation";

async function snapshot(tx: Prisma.TransactionClient, id: string, fields: readonly FieldDefinition[]): Promise<AuditSnapshot> {
  const o = await tx.organisation.findUniqueOrThrow({
    where: { id },
    include: { contacts: { where: { archived: false }, orderBy: { name: "asc" } } },
  });
  return {
    name: o.name,
    acronym: o.acronym,
    kind: organisationKinds[o.kind].label,
    country: countryName(o.country),
    website: o.website,
    internalNotes: o.internalNotes,
    contacts: o.contacts.map((c) => [c.name, c.title, c.email, c.phone].filter(Boolean).join(", ")),
    archived: o.archived,
    ...auditValues(fields, o.customValues),
  };
}

/** Writes a validated partner, its contacts and its audit event inside the caller's transaction. */
export async function insertPartner(tx: Prisma.TransactionClient, viewer: Viewer, input: ValidPartner): Promise<string> {
  const { contacts, custom, fields, ...data } = input;
  const created = await tx.organisation.create({ data: { ...data, ...customData(fields, {}, custom) } });
  await saveContacts(tx, created.id, contacts.map((c) => ({ ...c, id: null })));
  await recordAudit(tx, { actor: viewer, action: "create", entityType: ENTITY, entityId: created.id, changes: changedFields(null, await snapshot(tx, created.id, fields)) });
  await screenPartners(tx, [created.id]);
  return created.id;
}

/** A partner's input with its custom fields' values checked against `fields`, their definitions. */
export type ValidPartner = PartnerInput & { custom: StoredValues; fields: readonly FieldDefinition[] };

export async function validatePartner(values: PartnerFormValues): Promise<{ input: ValidPartner } | { errors: FieldErrors }> {
  const parsed = await parseWithCustomFields("ORGANISATION", partnerSchema, values);
  return parsed.ok ? { input: parsed.data } : { errors: fieldErrorsOf(parsed.error) };
}

/** Brings the organisation's contacts to the form's list: update, create, and archive the rest. */
async function saveContacts(tx: Prisma.TransactionClient, organisationId: string, contacts: PartnerInput["contacts"]) {
  const kept = contacts.flatMap((c) => (c.id ? [c.id] : []));
  await tx.contact.updateMany({
    where: { organisationId, archived: false, id: { notIn: kept } },
    data: { archived: true, version: { increment: 1 } },
  });
  for (const { id, ...fields } of contacts) {
    if (id) {
      // Only this organisation's contacts: an id from elsewhere changes nothing.
      await tx.contact.updateMany({ where: { id, organisationId }, data: { ...fields, archived: false, version: { increment: 1 } } });
    } else {
      await tx.contact.create({ data: { ...fields, organisationId } });
    }
  }
}

export async function createPartner(viewer: Viewer, values: PartnerFormValues): Promise<ActionResult> {
  if (!can(viewer, "create", ENTITY)) return denied(msg("problems.mayNotCreatePartners"));
  const parsed = await validatePartner(values);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const id = await db().$transaction((tx) => insertPartner(tx, viewer, parsed.input));
  return { ok: true, id };
}

export async function updatePartner(viewer: Viewer, id: string, readVersion: number, values: PartnerFormValues): Promise<ActionResult> {
  if (!can(viewer, "update", ENTITY)) return denied(msg("problems.mayNotChangePartners"));
  const current = await db().organisation.findUnique({ where: { id }, select: { version: true, archived: true, name: true, acronym: true, formerNames: true } });
  if (!current) return refused(msg("problems.partnerGone"));
  if (current.archived) return refused(msg("problems.partnerArchivedRestoreBefore"));
  if (current.version !== readVersion) return conflictSince(ENTITY, id, readVersion, current.version, "partner");
  const parsed = await validatePartner(values);
  if ("errors" in parsed) return refused(FIX_FIELDS, parsed.errors);
  const { contacts, custom, fields, ...data } = parsed.input;
  const saved = await db().$transaction(async (tx) => {
    const before = await snapshot(tx, id, fields);
    const stored = await tx.organisation.findUniqueOrThrow({ where: { id }, select: { customValues: true } });
    const { count } = await tx.organisation.updateMany({
      where: { id, version: readVersion, archived: false },
      data: { ...data, ...customData(fields, stored.customValues, custom), version: { increment: 1 } },
    });
    if (count === 0) return false;
    await saveContacts(tx, id, contacts);
    // A renamed partner keeps its former name, and is screened again against the sanctions list.
    if (data.name !== current.name || data.acronym !== current.acronym) {
      if (data.name !== current.name && !current.formerNames.includes(current.name)) {
        await tx.organisation.update({ where: { id }, data: { formerNames: { push: current.name } } });
      }
      await screenPartners(tx, [id]);
    }
    await recordAudit(tx, { actor: viewer, action: "update", entityType: ENTITY, entityId: id, changes: changedFields(before, await snapshot(tx, id, fields)) });
    return true;
  });
  if (saved) return { ok: true, id };
  const latest = await db().organisation.findUnique({ where: { id }, select: { version: true } });
  return conflictSince(ENTITY, id, readVersion, latest?.version ?? null, "partner");
}

export function setPartnerArchived(viewer: Viewer, id: string, readVersion: number, archived: boolean): Promise<ActionResult> {
  return setArchived(viewer, ENTITY, "partner", id, readVersion, archived);
}
