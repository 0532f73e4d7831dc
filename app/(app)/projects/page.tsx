import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HealthBadge } from "@/components/projects/health-badge";
import { ButtonLink } from "@/components/ui/button";
import { ExportLinks } from "@/components/ui/export-links";
import { inputClass } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/viewer";
import { listQuery } from "@/lib/domain/list-query";
import { projectLifecycles } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
import { can } from "@/lib/policy";
import { listProjects, parseProjectFilters, type SearchParams } from "@/lib/projects/queries";
import { themeChoices } from "@/lib/themes/queries";
import { CodeOptions } from "@/components/ui/code-options";

export const metadata: Metadata = { title: "Projects" };


export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const filters = parseProjectFilters(params);
  const [list, themes] = await Promise.all([listProjects(viewer, filters), themeChoices()]);
  if (!list) notFound();
  const link = listQuery(params);
  const sorting = {
    current: filters.sort ?? "code",
    desc: Boolean(filters.desc),
    href: (sort: string, desc: boolean) => link("/projects", { sort, desc: desc ? "1" : undefined }),
  };
  const href = (page: number) => link("/projects", { page: String(page) });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Projects</h1>
          <p className="mt-1 text-sm text-slate-600">
            {list.total} {list.total === 1 ? "project" : "projects"}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {can(viewer, "read", "Export") && <ExportLinks href={(format) => link("/projects/export", { format })} />}
          {can(viewer, "create", "Project") && <ButtonLink href="/projects/new">New project</ButtonLink>}
        </div>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="min-w-64 flex-1 text-xs font-medium text-slate-600">
          Search
          <input name="q" type="search" defaultValue={filters.q} placeholder="Code, title, summary, partner or agreement" className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Stage
          <select name="lifecycle" defaultValue={filters.lifecycle ?? ""} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            <CodeOptions list="projectLifecycles" />
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Current health
          <select name="health" defaultValue={filters.health ?? ""} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            <CodeOptions list="healths" />
            <option value="NONE">No status report</option>
          </select>
        </label>
        <label className="w-28 text-xs font-medium text-slate-600">
          Country
          <input name="country" defaultValue={filters.country} placeholder="e.g. ID" className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Theme
          <select name="theme" defaultValue={filters.theme ?? ""} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className="w-32 text-xs font-medium text-slate-600">
          Running in (year)
          <input name="activeIn" type="number" min={1900} max={2200} defaultValue={filters.activeIn} className={`${inputClass} mt-1`} />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Apply
        </button>
      </form>
      <DataTable
        caption="Projects"
        rows={list.rows}
        rowKey={(p) => p.id}
        sorting={sorting}
        empty="No projects to show."
        columns={[
          {
            label: "Project",
            sort: "title",
            cell: (p) => (
              <>
                <Link href={`/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.title}
                </Link>
                <div className="text-xs text-slate-600">
                  {p.code}
                  {p.agreement && ` · ${p.agreement.title}`}
                </div>
              </>
            ),
          },
          { label: "Stage", sort: "stage", cell: (p) => projectLifecycles[p.lifecycle].label },
          {
            label: "Health",
            cell: (p) => (
              <>
                <HealthBadge health={p.statusReports[0]?.health} />
                {p.statusReports[0] && <span className="ms-2 text-xs text-slate-600">{p.statusReports[0].progressPercent}%</span>}
              </>
            ),
          },
          { label: "Ends", sort: "ends", cell: (p) => displayDate(p.endsOn, "Open") },
        ]}
      />
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} href={href} />
      {can(viewer, "read", "Export") && (
        <p className="text-sm text-slate-600">
          Their results frameworks, period by period:{" "}
          <Link prefetch={false} className="text-brand-600 hover:underline" href={link("/projects/results/export", { format: "csv" })}>
            CSV
          </Link>
          {" · "}
          <Link prefetch={false} className="text-brand-600 hover:underline" href={link("/projects/results/export", { format: "xlsx" })}>
            Excel
          </Link>
        </p>
      )}
    </div>
  );
}
