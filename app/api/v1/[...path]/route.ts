// Any /api/v1 address that is no endpoint: the API's JSON error, not the app's HTML "not found" page.
import { apiError } from "@/lib/api/endpoint";

function notFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  return apiError(404, "not_found", `No endpoint answers ${path}. The endpoints are described at /api/v1/openapi.json.`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
