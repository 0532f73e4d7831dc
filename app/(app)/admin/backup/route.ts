// GET /admin/backup: a consistent backup of the whole database while the app runs, for
// administrators: the same file as `npm run db:backup`, restored with `npm run db:restore`.
import { needsStepUp, stepUpPath } from "@/lib/auth/second-factor/gate";
import { getViewer } from "@/lib/auth/viewer";
import { backupFor } from "@/lib/backup/queries";

export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  // The whole database: a second factor proved in the last 15 minutes, or a detour to prove it.
  if (needsStepUp(viewer)) return new Response(null, { status: 303, headers: { location: stepUpPath("/admin/backup") } });
  const file = await backupFor(viewer);
  if (!file) return new Response("Not found", { status: 404 });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return new Response(new Uint8Array(file), {
    headers: {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="backup-${stamp}.ndjson.gz"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
