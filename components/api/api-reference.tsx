// The API reference for people: every endpoint, its parameters and the fields of its items, read
// from the same OpenAPI document that /api/v1/openapi.json serves (so it cannot drift from it).
import { Section } from "@/components/ui/section";
import type { OpenApiDocument } from "@/lib/api/openapi";
import { ScrollBox } from "@/components/ui/scroll-box";

type Schema = { type?: string | string[]; enum?: string[]; const?: string; anyOf?: Schema[]; items?: Schema; properties?: Record<string, Schema>; description?: string; format?: string; default?: unknown; minimum?: number; maximum?: number };

/** "string (date) or null", "one of ACTIVE, DRAFT", "array of object". */
function typeOf(s: Schema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(" or ");
  if (s.enum) return `one of ${s.enum.join(", ")}`;
  if (s.const !== undefined) return `“${s.const}”`;
  if (s.type === "array") return `array of ${s.items ? typeOf(s.items) : "values"}`;
  const type = Array.isArray(s.type) ? s.type.join(" or ") : (s.type ?? "any");
  return s.format ? `${type} (${s.format})` : type;
}

/** An item's fields, nested ones as parent.child (arrays as parent[].child). */
function fields(s: Schema, prefix = ""): { name: string; type: string; description?: string }[] {
  const object = s.anyOf?.find((x) => x.properties) ?? s;
  return Object.entries(object.properties ?? {}).flatMap(([name, field]) => {
    const inner = field.type === "array" ? field.items : field;
    const nested = inner?.properties || inner?.anyOf?.some((x) => x.properties) ? fields(inner!, `${prefix}${name}${field.type === "array" ? "[]" : ""}.`) : [];
    return [{ name: `${prefix}${name}`, type: typeOf(field), description: field.description }, ...nested];
  });
}

const th = "px-3 py-2 text-start font-medium text-slate-600";
const td = "px-3 py-2 align-top";

function FieldTable({ caption, rows }: { caption: string; rows: { name: string; type: string; description?: string }[] }) {
  return (
    <ScrollBox label={caption}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200">
          <tr>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Type</th>
            <th scope="col" className={th}>Meaning</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.name}>
              <td className={`${td} font-mono text-xs whitespace-nowrap`}>{r.name}</td>
              <td className={`${td} text-xs text-slate-700`}>{r.type}</td>
              <td className={`${td} text-slate-700`}>{r.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

export function ApiReference({ doc, origin, accountPath }: { doc: OpenApiDocument; origin: string; accountPath: string }) {
  const schemas = doc.components.schemas as Record<string, Schema>;
  const first = Object.keys(doc.paths)[0];
  return (
    // In English whatever the reader's language, like the OpenAPI description it renders (decision 019).
    <div className="space-y-6" lang="en" dir="ltr">
      <div>
        <h1 className="text-2xl font-semibold">API reference</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{doc.info.description}</p>
      </div>
      <Section title="Getting started">
        <div className="max-w-3xl space-y-3 text-sm text-slate-700 [overflow-wrap:anywhere]">
          <p>
            Create a token on <a className="text-brand-600 hover:underline" href={accountPath}>your account page</a> and send it in the <code>Authorization</code> header. The
            machine-readable description is <a className="text-brand-600 hover:underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
          </p>
          <ScrollBox label="Example request" className="rounded-md bg-slate-900 p-3">
            <pre className="text-xs text-slate-100">{`curl -H "Authorization: Bearer prt_…" "${origin}${first}?limit=100"`}</pre>
          </ScrollBox>
          <p>
            <strong>Excel or Power BI</strong>: Get Data → From Web → Advanced; URL <code>{`${origin}${first}?limit=200`}</code>, HTTP request header <code>Authorization</code> ={" "}
            <code>Bearer prt_…</code>; then open the <code>data</code> list as a table. A page holds at most 200 items: follow <code>next_cursor</code> (the README has a Power Query
            function that does).
          </p>
          <p>
            <strong>Paging</strong>: items come in id order; pass the answer&apos;s <code>next_cursor</code> as <code>cursor</code> until it is null. <strong>Caching</strong>: send an
            answer&apos;s <code>ETag</code> back as <code>If-None-Match</code>; 304 means nothing changed. <strong>Limits</strong>: requests per minute per token, in the{" "}
            <code>RateLimit-*</code> headers; 429 with <code>Retry-After</code> beyond. <strong>Errors</strong>: <code>{`{"error": {"code", "message"}}`}</code> with a 4xx status.
          </p>
        </div>
      </Section>
      {Object.entries(doc.paths).map(([path, { get }]) => {
        const item = get.responses["200"].content["application/json"].schema.properties.data.items.$ref.split("/").at(-1)!;
        return (
          <Section key={path} title={get.summary}>
            <p className="font-mono text-sm">
              GET <span className="break-all">{path}</span>
            </p>
            <p className="mt-1 mb-4 text-sm text-slate-700">{get.description}</p>
            <h3 className="mb-1 text-sm font-semibold">Parameters</h3>
            <FieldTable caption={`Parameters of ${path}`} rows={get.parameters.map((p) => ({ name: p.name, type: typeOf(p.schema as Schema), description: p.description as string | undefined }))} />
            <h3 className="mt-4 mb-1 text-sm font-semibold">Fields of each item in data</h3>
            <FieldTable caption={`Fields of ${path}`} rows={fields(schemas[item])} />
          </Section>
        );
      })}
    </div>
  );
}
