// Who is asking: the one way pages, queries and actions learn the signed-in user.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import type { Viewer } from "@/lib/policy";
import { authOptions } from "./options";
import { needsStepUp, stepUpPath } from "./second-factor/gate";
import { sessionState, type SessionState } from "./sessions";

/** The session and its second-factor gate, whatever the gate: for /second-factor and its actions only. */
export const getSessionState = cache(async (): Promise<SessionState | null> => {
  await connection(); // per request: never prerendered at build time
  const session = (await getServerSession(authOptions())) as { sid?: string } | null;
  return session?.sid ? sessionState(session.sid) : null;
});

/** The viewer, or null: signed out, or held at the second-factor gate (a password alone opens nothing). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const state = await getSessionState();
  return state && !state.gate ? state.viewer : null;
});

/** The viewer, or a redirect to the sign-in page (or to /second-factor while the gate holds the session). */
export async function requireViewer(): Promise<Viewer> {
  const state = await getSessionState();
  if (state?.gate) redirect("/second-factor");
  if (!state) redirect("/sign-in");
  return state.viewer;
}

/** For pages of sensitive actions: a second factor proved in the last 15 minutes, or a detour to prove it. */
export function requireRecentSecondFactor(viewer: Viewer, returnTo: string): void {
  if (needsStepUp(viewer)) redirect(stepUpPath(returnTo));
}

/** Partners: their agreements; managers: the dashboard; officers and admins: what needs attention. */
export function homePath(viewer: Viewer): string {
  return viewer.role === "PARTNER" ? "/portal" : viewer.role === "MANAGER" ? "/dashboard" : "/home";
}
