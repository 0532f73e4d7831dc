// Organisations taking part in a record in a role (agreement parties, project partners), as the
// parties editor posts them and the schemas check them.
import { z } from "zod";
import { PartyRole } from "@/lib/generated/prisma/enums";

export const partySchema = z.object({
  organisationId: z.string().min(1, "problems.chooseOrganisation"),
  role: z.enum(PartyRole, "problems.choosePartysRole"),
});

export type PartyFormValues = z.input<typeof partySchema>;

/** The editor's rows, leaving out rows with nothing chosen. */
export function partiesFromForm(form: FormData): PartyFormValues[] {
  const orgs = form.getAll("partyOrganisationId").map(String);
  const roles = form.getAll("partyRole").map(String);
  return orgs
    .map((organisationId, i) => ({ organisationId, role: (roles[i] ?? "") as PartyRole }))
    .filter((p) => p.organisationId !== "" || String(p.role) !== "");
}

/** Adds an error for an organisation named twice in the same role. */
export function refineUniqueParties(parties: { organisationId: string; role: string }[], ctx: z.RefinementCtx, path: string) {
  const seen = new Set<string>();
  parties.forEach((p, i) => {
    const key = `${p.organisationId}/${p.role}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [path, i, "organisationId"], message: "problems.organisationAlreadyRole" });
    seen.add(key);
  });
}
