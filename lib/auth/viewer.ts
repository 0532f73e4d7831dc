// Who is asking: the one way pages, queries and actions learn the signed-in user.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import type { Viewer } from "@/lib/policy";
import { authOptions } from "./options";
import { viewerForSession } from "./sessions";

export const getViewer = cache(async (): Promise<Viewer | null> => {
  await connection(); // per request: never prerendered at build time
  const session = (await getServerSession(authOptions())) as { sid?: string } | null;
  return session?.sid ? viewerForSession(session.sid) : null;
});

/** The viewer, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** Partners: their agreements; managers: the dashboard; officers and admins: what needs attention. */
export function homePath(viewer: Viewer): string {
  return viewer.role === "PARTNER" ? "/portal" : viewer.role === "MANAGER" ? "/dashboard" : "/home";
}
