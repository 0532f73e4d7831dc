// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, public (it describes shapes, holds no records).
import { openApiDocument } from "@/lib/api/openapi";

export function GET() {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE } from "@/lib/api/endpoint";
