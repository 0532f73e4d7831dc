// A stored document as a download: the name kept (ASCII fallback), never sniffed, with its digest.
// `inline`: a PDF shown in the browser's viewer (a search result's "found on page N" opens it at
// the page, #page=N); every other type is always an attachment.
export function downloadResponse(
  document: { filename: string; mediaType: string; sizeBytes: number; sha256: string; content: { bytes: Uint8Array } },
  cacheControl: string,
  inline = false,
): Response {
  const ascii = document.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(document.content.bytes), {
    headers: {
      "content-type": document.mediaType,
      "content-length": String(document.sizeBytes),
      "content-disposition": `${inline && document.mediaType === "application/pdf" ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": cacheControl,
      digest: `sha-256=${Buffer.from(document.sha256, "hex").toString("base64")}`,
    },
  });
}
