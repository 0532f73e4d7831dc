import type { Metadata } from "next";
import { ListViews, openDefaultView } from "@/components/views/list-views";
import { canonicalQuery } from "@/lib/views/schema";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HealthBadge } from "@/components/projects/health-badge";
import { ButtonLink } from "@/components/ui/button";
import { ExportLinks } from "@/components/ui/export-links";
import { inputClass } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/viewer";
import { listQuery } from "@/lib/domain/list-query";
import { getFormats } from "@/lib/i18n/server";
import { can } from "@/lib/policy";
import { listProjects, parseProjectFilters, type SearchParams } from "@/lib/projects/queries";
import { themeChoices } from "@/lib/themes/queries";
import { CodeOptions } from "@/components/ui/code-options";
import { customColumns } from "@/components/custom-fields/custom-columns";
import { CustomFilters, SetAsideNotice } from "@/components/custom-fields/custom-filters";
import { setAside } from "@/lib/custom-fields/filters";
import { visibleCustomFields } from "@/lib/custom-fields/queries";
import { OfficeFilter } from "@/components/offices/office-filter";
import { officeChoices } from "@/lib/offices/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects.list"))("title") };
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  await openDefaultView(viewer, "projects", params);
  const filters = parseProjectFilters(params);
  const [list, themes, offices, tAll, f, customFields] = await Promise.all([
    listProjects(viewer, filters),
    themeChoices(),
    officeChoices(),
    getTranslations(),
    getFormats(),
    visibleCustomFields(viewer, "PROJECT"),
  ]);
  const t = (key: string, values?: Record<string, string | number>) => tAll(`projects.list.${key}`, values);
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
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("count", { count: list.total })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink variant="secondary" href={link("/projects/board")}>
            {tAll("board.asBoard")}
          </ButtonLink>
          {can(viewer, "read", "Export") && <ExportLinks href={(format) => link("/projects/export", { format })} />}
          {can(viewer, "create", "Project") && <ButtonLink href="/projects/new">{t("new")}</ButtonLink>}
        </div>
      </div>
      <ListViews viewer={viewer} list="projects" params={params} />
      <form key={canonicalQuery(params)} method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="min-w-64 flex-1 text-xs font-medium text-slate-600">
          {tAll("filters.search")}
          <input name="q" type="search" defaultValue={filters.q} placeholder={t("searchPlaceholder")} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("stage")}
          <select name="lifecycle" defaultValue={filters.lifecycle ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{tAll("filters.any")}</option>
            <CodeOptions list="projectLifecycles" />
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("currentHealth")}
          <select name="health" defaultValue={filters.health ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{tAll("filters.any")}</option>
            <CodeOptions list="healths" />
            <option value="NONE">{t("noStatusReport")}</option>
          </select>
        </label>
        <label className="w-28 text-xs font-medium text-slate-600">
          {t("country")}
          <input name="country" defaultValue={filters.country} placeholder={t("countryExample")} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {tAll("filters.theme")}
          <select name="theme" defaultValue={filters.theme ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{tAll("filters.any")}</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
          </select>
        </label>
        <OfficeFilter offices={offices} value={filters.office} label={tAll("filters.office")} any={tAll("filters.anyOffice")} />
        <label className="w-32 text-xs font-medium text-slate-600">
          {t("runningIn")}
          <input name="activeIn" type="number" min={1900} max={2200} defaultValue={filters.activeIn} className={`${inputClass} mt-1`} />
        </label>
        <CustomFilters fields={customFields} query={filters} />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {tAll("filters.apply")}
        </button>
      </form>
      <SetAsideNotice keys={setAside(customFields, filters)} />
      <DataTable
        caption={t("caption")}
        rows={list.rows}
        rowKey={(p) => p.id}
        sorting={sorting}
        empty={t("empty")}
        columns={[
          {
            label: t("project"),
            sort: "title",
            cell: (p) => (
              <>
                <Link href={`/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.title}
                </Link>
                <div className="text-xs text-slate-600">
                  <span dir="ltr">{p.code}</span>
                  {p.agreement && ` · ${p.agreement.title}`}
                </div>
              </>
            ),
          },
          { label: t("stage"), sort: "stage", cell: (p) => tAll(`codes.projectLifecycles.${p.lifecycle}`) },
          {
            label: t("health"),
            cell: (p) => (
              <>
                <HealthBadge health={p.statusReports[0]?.health} />
                {p.statusReports[0] && <span className="ms-2 text-xs text-slate-600">{p.statusReports[0].progressPercent}%</span>}
              </>
            ),
          },
          { label: t("ends"), sort: "ends", cell: (p) => f.date(p.endsOn, t("open")) },
          ...customColumns<(typeof list.rows)[number]>(customFields, filters.show, f.locale),
        ]}
      />
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} href={href} />
      {can(viewer, "read", "Export") && (
        <p className="text-sm text-slate-600">
          {t("resultsExport")}{" "}
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
