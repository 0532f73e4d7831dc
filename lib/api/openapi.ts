// The OpenAPI 3.1 document of API version 1, generated from the endpoints' zod schemas (zod's own
// JSON Schema output, which is OpenAPI 3.1's dialect): what the API checks and returns is what it
// documents. Served at /api/v1/openapi.json and read by the reference page at /api/docs.
import { z } from "zod";
import { API_BASE, ENDPOINTS } from "./endpoints";
import { errorBody, pageParams, type Endpoint } from "./endpoint";
import { customFieldsSchema } from "@/lib/custom-fields/api";
import type { FieldDefinition } from "@/lib/custom-fields/values";
import type { CustomFieldEntity } from "@/lib/generated/prisma/enums";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const generated = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
  delete generated.$schema; // the document's dialect is 3.1's, which is 2020-12
  return generated;
}

function parameters(e: Endpoint) {
  return Object.entries({ ...e.query.shape, ...pageParams.shape }).map(([name, schema]) => {
    const { description, ...rest } = jsonSchema(schema as z.ZodType, "input");
    return { name, in: "query", required: false, ...(description ? { description } : {}), schema: rest };
  });
}

function itemSchema(e: Endpoint, custom: Partial<Record<CustomFieldEntity, FieldDefinition[]>>): JsonSchema {
  const schema = jsonSchema(e.item, "output");
  const fields = e.entity && custom[e.entity];
  if (fields) (schema.properties as JsonSchema).custom_fields = customFieldsSchema(fields);
  return schema;
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

/**
 * The document; given the custom fields its reader sees (signed in, or asking with a token), each
 * item's `custom_fields` describes them.
 */
export function openApiDocument(custom: Partial<Record<CustomFieldEntity, FieldDefinition[]>> = {}) {
  const rate = {
    "RateLimit-Limit": { description: "Requests allowed per minute for this token.", schema: { type: "integer" } },
    "RateLimit-Remaining": { description: "Requests left in this minute.", schema: { type: "integer" } },
    "RateLimit-Reset": { description: "Seconds until the minute ends.", schema: { type: "integer" } },
  };
  const paths = Object.fromEntries(
    ENDPOINTS.map((e) => [
      `${API_BASE}${e.path}`,
      {
        get: {
          operationId: `list${e.name}s`,
          summary: e.summary,
          description: e.description,
          parameters: parameters(e as Endpoint),
          responses: {
            "200": {
              description: "One page. Follow `next_cursor` until it is null.",
              headers: { ETag: { description: "Send it back as If-None-Match: 304 when nothing changed.", schema: { type: "string" } }, ...rate },
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["data", "next_cursor"],
                    additionalProperties: false,
                    properties: { data: { type: "array", items: { $ref: `#/components/schemas/${e.name}` } }, next_cursor: { type: ["string", "null"] } },
                  },
                },
              },
            },
            "304": { description: "Not modified: the page is the one your ETag names." },
            "400": errorResponse("A parameter is unknown or its value is not valid, or the cursor is malformed (codes unknown_parameter, invalid_parameter, invalid_cursor)."),
            "401": errorResponse("No token, or an unknown, expired or revoked one (codes unauthenticated, invalid_token, expired_token, revoked_token)."),
            "403": errorResponse("The token's role may not list these records (code forbidden)."),
            "429": errorResponse("Too many requests this minute (code rate_limited); Retry-After says when to try again."),
          },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Partnership records API",
      version: "1",
      description:
        "Read-only access to the records you can see in the app, with a personal access token from your account page. Lists are in id order and paged by cursor; every error has the shape {\"error\": {\"code\", \"message\"}}.",
    },
    servers: [{ url: "/" }],
    security: [{ token: [] }],
    paths,
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer", description: "A personal access token (prt_…) from your account page." } },
      schemas: { Error: jsonSchema(errorBody, "output"), ...Object.fromEntries(ENDPOINTS.map((e) => [e.name, itemSchema(e as Endpoint, custom)])) },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
