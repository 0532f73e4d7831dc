// What a staff member's office gives them, worked out once per request with their session: the
// offices whose records they keep (their office and every office below it) and whether they read
// the other offices' records too. The policy (lib/policy.ts) decides with these.
import type { Role, Viewer } from "@/lib/policy";
import { setting } from "@/lib/settings/settings";
import { allOffices } from "./queries";
import { ROOT_OFFICE, subtreeIds } from "./tree";

export async function officeReach(role: Role, officeId: string | null, officersReadAllOffices: boolean): Promise<Pick<Viewer, "offices" | "readsAllOffices">> {
  if (role === "PARTNER") return { offices: [], readsAllOffices: false };
  if (role === "ADMIN") return { offices: "all", readsAllOffices: true };
  // Staff without an office (none yet chosen by an administrator) work in the top office.
  return { offices: subtreeIds(await allOffices(), officeId ?? ROOT_OFFICE), readsAllOffices: role === "OFFICER" && officersReadAllOffices };
}

/** The viewer a user is outside a session (an API token, a calendar feed), with their office's reach. */
export async function viewerOfUser(
  user: { id: string; name: string; email: string; role: string; organisationId: string | null; officeId: string | null },
  sessionId: string,
): Promise<Viewer> {
  const role = user.role as Role;
  const reach = await officeReach(role, user.officeId, await setting("offices.officersReadAllOffices"));
  return { userId: user.id, sessionId, name: user.name, email: user.email, role, organisationId: user.organisationId, officeId: user.officeId, ...reach };
}

/** The viewer's own offices, for "My office" views: their office and those below it (administrators' too). */
export async function ownOffices(viewer: Viewer): Promise<readonly string[]> {
  if (viewer.offices && viewer.offices !== "all") return viewer.offices;
  return subtreeIds(await allOffices(), viewer.officeId ?? ROOT_OFFICE);
}
