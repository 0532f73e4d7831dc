// GET /api/v1/commitments (lib/api/resources/funding.ts): token, rate limit, filters, cursor and ETag as every endpoint.
import { listRoute } from "@/lib/api/endpoint";
import { commitments } from "@/lib/api/resources/funding";

export const GET = listRoute(commitments);
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE } from "@/lib/api/endpoint";
