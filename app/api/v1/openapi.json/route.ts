// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. Public, it describes shapes and holds no
// records; asked with a valid token, it also describes the custom fields that token's user sees.
import { openApiDocument } from "@/lib/api/openapi";
import { authenticateToken } from "@/lib/api/tokens";
import { customFieldsByEntity } from "@/lib/custom-fields/api";

export async function GET(request: Request) {
  const authorization = request.headers.get("authorization");
  if (!authorization) return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300", vary: "Authorization" } });
  const auth = await authenticateToken(authorization);
  if (!auth.ok) return Response.json({ error: { code: auth.code, message: auth.message } }, { status: auth.status, headers: { "cache-control": "no-store" } });
  return Response.json(openApiDocument(await customFieldsByEntity(auth.viewer)), { headers: { "cache-control": "private, no-store", vary: "Authorization" } });
}
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE } from "@/lib/api/endpoint";
