// GET /api/v1/agreements (lib/api/resources/agreements.ts): token, rate limit, filters, cursor and ETag as every endpoint.
import { listRoute } from "@/lib/api/endpoint";
import { agreements } from "@/lib/api/resources/agreements";

export const GET = listRoute(agreements);
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE } from "@/lib/api/endpoint";
