// GET /api/v1/meetings (lib/api/resources/meetings.ts): token, rate limit, filters, cursor and ETag as every endpoint.
import { listRoute } from "@/lib/api/endpoint";
import { meetings } from "@/lib/api/resources/meetings";

export const GET = listRoute(meetings);
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE } from "@/lib/api/endpoint";
