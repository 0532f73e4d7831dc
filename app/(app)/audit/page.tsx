import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { AUDITED_TYPES, auditLog, type AuditFilters } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { displayValue } from "@/lib/domain/format";
import { dateParam } from "@/lib/domain/list-query";

export const metadata: Metadata = { title: "Audit log" };

type Params = Record<string, string | string[] | undefined>;

const RECORD_PAGES: Partial<Record<string, string>> = {
  Agreement: "/agreements",
  Organisation: "/partners",
  Meeting: "/meetings",
  Project: "/projects",
  Document: "/documents",
};

const ACTIONS = ["create", "update", "archive", "restore", "seed"];

function filtersFrom(params: Params): AuditFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const date = (key: string) => dateParam(one(key));
  const page = Number(one("page"));
  return {
    entityType: (AUDITED_TYPES as readonly string[]).includes(one("entityType")) ? (one("entityType") as AuditFilters["entityType"]) : undefined,
    actorId: one("actorId") || undefined,
    action: ACTIONS.includes(one("action")) ? one("action") : undefined,
    from: date("from"),
    to: date("to"),
    page: Number.isInteger(page) && page > 0 ? page : undefined,
  };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Params> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const filters = filtersFrom(params);
  const log = await auditLog(viewer, filters);
  if (!log) notFound();
  const href = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ["entityType", "actorId", "action", "from", "to"]) {
      const value = params[key];
      if (typeof value === "string" && value) query.set(key, value);
    }
    query.set("page", String(page));
    return `/audit?${query}`;
  };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="mt-1 text-sm text-slate-600">Every change to the records: who, when, and each field&apos;s before and after. {log.total} events.</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="text-xs font-medium text-slate-600">
          Record
          <select name="entityType" defaultValue={filters.entityType ?? ""} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            {AUDITED_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Who
          <select name="actorId" defaultValue={filters.actorId ?? ""} className={`${inputClass} mt-1`}>
            <option value="">Anyone</option>
            {log.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Action
          <select name="action" defaultValue={filters.action ?? ""} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          From
          <input type="date" name="from" defaultValue={typeof params.from === "string" ? params.from : ""} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          To
          <input type="date" name="to" defaultValue={typeof params.to === "string" ? params.to : ""} className={`${inputClass} mt-1`} />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Apply
        </button>
      </form>
      <DataTable
        caption="Audit log"
        rows={log.rows}
        rowKey={(e) => e.id.toString()}
        empty="No events match."
        columns={[
          { label: "When (UTC)", cell: (e) => <span className="whitespace-nowrap">{e.at.toISOString().slice(0, 16).replace("T", " ")}</span> },
          { label: "Who", cell: (e) => e.actor?.name ?? "The system" },
          {
            label: "What",
            cell: (e) => {
              const base = RECORD_PAGES[e.entityType];
              return (
                <>
                  {e.action} {base ? <Link href={`${base}/${e.entityId}`} className="text-brand-700 hover:underline">{e.entityType}</Link> : e.entityType}
                </>
              );
            },
          },
          { label: "Changes", cell: (e) => <Changes action={e.action} changes={e.changes} /> },
        ]}
      />
      <Pagination page={log.page} pageCount={log.pageCount} total={log.total} href={href} />
    </div>
  );
}

/**
 * What an event changed: its first six fields, before → after. A value that is not a
 * [before, after] pair (the demo seed's note) is shown as it is, not split into its characters.
 */
function Changes({ action, changes }: { action: string; changes: unknown }) {
  const fields = Object.entries((changes ?? {}) as Record<string, unknown>);
  const shown = (value: unknown) => {
    if (!Array.isArray(value) || value.length !== 2) return displayValue(value);
    const [before, after] = value;
    return action === "create" ? displayValue(after) : `${displayValue(before)} → ${displayValue(after)}`;
  };
  return (
    <ul className="space-y-0.5 text-slate-600">
      {fields.slice(0, 6).map(([field, value]) => (
        <li key={field} className="max-w-xl truncate">
          {field}: {shown(value)}
        </li>
      ))}
      {fields.length > 6 && <li>and {fields.length - 6} more</li>}
    </ul>
  );
}
