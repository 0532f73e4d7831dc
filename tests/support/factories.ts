// Small builders for test data: each creates the least a test needs and returns the row.
import crypto from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/policy";

const unique = () => crypto.randomBytes(4).toString("hex");

export async function makeOrganisation(name = `Organisation ${unique()}`) {
  return db().organisation.create({ data: { name, kind: "GOVERNMENT", country: "TH" } });
}

export async function makeUser(role: Role, options: { organisationId?: string; password?: string; active?: boolean } = {}) {
  return db().user.create({
    data: {
      email: `${role.toLowerCase()}-${unique()}@example.org`,
      name: `${role} ${unique()}`,
      role,
      organisationId: options.organisationId ?? null,
      active: options.active ?? true,
      passwordHash: options.password ? await hashPassword(options.password) : null,
    },
  });
}

export async function makeAgreement(partyOrganisationIds: string[], fields: { title?: string; summary?: string; archived?: boolean } = {}) {
  return db().agreement.create({
    data: {
      reference: `TEST/${unique()}`,
      title: fields.title ?? `Agreement ${unique()}`,
      summary: fields.summary,
      instrument: "MOU",
      modality: "BILATERAL",
      status: "ACTIVE",
      archived: fields.archived ?? false,
      parties: { create: partyOrganisationIds.map((organisationId) => ({ organisationId, role: "SIGNATORY" as const })) },
    },
  });
}

export function viewerOf(user: { id: string; name: string; email: string; role: Role; organisationId: string | null }): Viewer {
  return { userId: user.id, sessionId: "test", name: user.name, email: user.email, role: user.role, organisationId: user.organisationId };
}
