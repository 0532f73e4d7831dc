// GET /api/v1/partners (lib/api/resources/partners.ts): token, rate limit, filters, cursor and ETag as every endpoint.
import { listRoute } from "@/lib/api/endpoint";
import { partners } from "@/lib/api/resources/partners";

export const GET = listRoute(partners);
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE } from "@/lib/api/endpoint";
