// GET /documents/<id>: the file, for whoever may see it (partners: shared, on their own records);
// ?view=1 shows a PDF in the browser rather than downloading it.
import { getViewer } from "@/lib/auth/viewer";
import { downloadResponse } from "@/lib/documents/download";
import { documentForDownload } from "@/lib/documents/queries";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.", { status: 401 });
  const document = await documentForDownload(viewer, (await params).id);
  if (!document?.content) return new Response("Not found", { status: 404 });
  return downloadResponse({ ...document, content: document.content }, "private, no-store", new URL(request.url).searchParams.has("view"));
}
