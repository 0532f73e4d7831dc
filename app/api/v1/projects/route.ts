// GET /api/v1/projects (lib/api/resources/projects.ts): token, rate limit, filters, cursor and ETag as every endpoint.
import { listRoute } from "@/lib/api/endpoint";
import { projects } from "@/lib/api/resources/projects";

export const GET = listRoute(projects);
export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE } from "@/lib/api/endpoint";
