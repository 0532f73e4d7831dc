import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { AUDITED_TYPES, auditLog, type AuditFilters } from "@/lib/audit/queries";
import type { AuditedKind } from "@/lib/offices/of-record";
import { requireViewer } from "@/lib/auth/viewer";
import { displayValue } from "@/lib/domain/format";
import { dateParam } from "@/lib/domain/list-query";
import { getLocale, getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { getFormats } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

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
  const [t, f, locale] = await Promise.all([getTranslations("audit"), getFormats(), getLocale()]);
  // A kind of record in the reader's words; one the trail no longer records, as it was recorded.
  const kind = (type: string) => ((AUDITED_TYPES as string[]).includes(type) ? t(`kinds.${type as AuditedKind}`) : type);
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
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro", { total: log.total })}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="text-xs font-medium text-slate-600">
          {t("record")}
          <select name="entityType" defaultValue={filters.entityType ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{t("any")}</option>
            {AUDITED_TYPES.map((type): [string, string] => [type, t(`kinds.${type}`)])
              .sort(([, a], [, b]) => a.localeCompare(b, locale))
              .map(([type, label]) => (
                <option key={type} value={type}>
                  {label}
                </option>
              ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("who")}
          <select name="actorId" defaultValue={filters.actorId ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{t("anyone")}</option>
            {log.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("action")}
          <select name="action" defaultValue={filters.action ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{t("any")}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("from")}
          <input type="date" name="from" defaultValue={typeof params.from === "string" ? params.from : ""} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("to")}
          <input type="date" name="to" defaultValue={typeof params.to === "string" ? params.to : ""} className={`${inputClass} mt-1`} />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t("apply")}
        </button>
      </form>
      <DataTable
        caption={t("title")}
        rows={log.rows}
        rowKey={(e) => e.id.toString()}
        empty={t("empty")}
        columns={[
          { label: t("when"), cell: (e) => <span className="whitespace-nowrap">{f.moment(e.at)}</span> },
          { label: t("who"), cell: (e) => e.actor?.name ?? t("system") },
          {
            label: t("what"),
            cell: (e) => {
              const base = RECORD_PAGES[e.entityType];
              return (
                <>
                  {ACTIONS.includes(e.action) ? t(`actions.${e.action}`) : e.action} {base ? <Link href={`${base}/${e.entityId}`} className="text-brand-700 hover:underline">{kind(e.entityType)}</Link> : kind(e.entityType)}
                </>
              );
            },
          },
          { label: t("changes"), cell: (e) => <Changes action={e.action} changes={e.changes} /> },
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
  const t = useTranslations("audit");
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
      {fields.length > 6 && <li>{t("more", { n: fields.length - 6 })}</li>}
    </ul>
  );
}
