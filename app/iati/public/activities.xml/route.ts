// GET /iati/public/activities.xml: the agreements an administrator made publishable, for the IATI
// Registry to fetch without signing in. "Not found" while an administrator has publishing off.
import { connection } from "next/server";
import { publicIatiRecords } from "@/lib/iati/queries";
import { iatiFileResponse } from "@/lib/iati/response";

export async function GET() {
  await connection(); // read at each request, never at build time
  const records = await publicIatiRecords();
  if (!records) return new Response("Not found", { status: 404 });
  return iatiFileResponse(records, "public");
}
