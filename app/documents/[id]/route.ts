// GET /documents/<id>: the file, for whoever may see it (partners: shared, on their own records).
import { getViewer } from "@/lib/auth/viewer";
import { documentForDownload } from "@/lib/documents/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const document = await documentForDownload(viewer, (await params).id);
  if (!document?.content) return new Response("Not found", { status: 404 });
  const ascii = document.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(document.content.bytes), {
    headers: {
      "content-type": document.mediaType,
      "content-length": String(document.sizeBytes),
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      digest: `sha-256=${Buffer.from(document.sha256, "hex").toString("base64")}`,
    },
  });
}
