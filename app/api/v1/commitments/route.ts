// GET /api/v1/commitments (lib/api/resources/funding.ts): token, rate limit, filters, cursor and ETag as every endpoint.
import { listRoute } from "@/lib/api/endpoint";
import { commitments } from "@/lib/api/resources/funding";

export const GET = listRoute(commitments);
