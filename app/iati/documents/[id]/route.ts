// GET /iati/documents/<id>: a document the public IATI file links to, for anyone, only while it is
// marked public, its agreement publishable and publishing on. Anything else is "not found".
import { downloadResponse } from "@/lib/documents/download";
import { publicIatiDocument } from "@/lib/iati/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const document = await publicIatiDocument((await params).id);
  if (!document?.content) return new Response("Not found", { status: 404 });
  return downloadResponse({ ...document, content: document.content }, "public, max-age=300");
}
