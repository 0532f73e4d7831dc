import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficeFilter } from "@/components/offices/office-filter";
import { OpportunityTable } from "@/components/pipeline/opportunity-table";
import { ButtonLink } from "@/components/ui/button";
import { CodeOptions } from "@/components/ui/code-options";
import { ExportLinks } from "@/components/ui/export-links";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { ListViews, openDefaultView } from "@/components/views/list-views";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { parsePipelineFilters, pipelineQuery } from "@/lib/pipeline/filters";
import { listOpportunities, pipelineFilterOptions } from "@/lib/pipeline/queries";
import { can } from "@/lib/policy";
import { canonicalQuery } from "@/lib/views/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipeline.list"))("title") };
}

export default async function PipelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  await openDefaultView(viewer, "pipeline", params);
  const filters = parsePipelineFilters(params);
  const on = today();
  const [list, { partner, officers, offices }, tAll] = await Promise.all([listOpportunities(viewer, filters, on), pipelineFilterOptions(filters.partner), getTranslations()]);
  if (!list) notFound();
  const t = (key: string, values?: Record<string, string | number>) => tAll(`pipeline.list.${key}`, values);
  const href = (changes: Parameters<typeof pipelineQuery>[1]) => `/pipeline${pipelineQuery(filters, changes)}`;
  const label = "text-xs font-medium text-slate-600";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("count", { count: list.total })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink variant="secondary" href={`/pipeline/board${pipelineQuery(filters, { page: undefined })}`}>
            {tAll("board.asBoard")}
          </ButtonLink>
          {can(viewer, "read", "Export") && <ExportLinks href={(format) => `/pipeline/export${pipelineQuery(filters, { page: undefined, format })}`} />}
          {can(viewer, "create", "Opportunity") && <ButtonLink href="/pipeline/new">{t("new")}</ButtonLink>}
        </div>
      </div>
      <ListViews viewer={viewer} list="pipeline" params={params} />
      <form key={canonicalQuery(params)} method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className={`min-w-64 flex-1 ${label}`}>
          {tAll("filters.search")}
          <input name="q" type="search" defaultValue={filters.q} placeholder={t("searchPlaceholder")} className={`${inputClass} mt-1`} />
        </label>
        <label className={label}>
          {t("stage")}
          <select name="stage" defaultValue={filters.stage ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{tAll("filters.any")}</option>
            <option value="open">{t("open")}</option>
            <option value="decided">{t("decided")}</option>
            <CodeOptions list="opportunityStages" />
          </select>
        </label>
        {/* A partner is chosen from its page (its opportunities), not from a list of every organisation. */}
        {partner && (
          <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
            <input type="checkbox" name="partner" value={partner.id} defaultChecked className="rounded border-slate-300" />
            {tAll("filters.partnerNamed", { name: partner.name })}
          </label>
        )}
        <label className={label}>
          {t("officer")}
          <select name="officer" defaultValue={filters.officer ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{tAll("filters.any")}</option>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <OfficeFilter offices={offices} value={filters.office} label={tAll("filters.office")} any={tAll("filters.anyOffice")} />
        <label className={`w-24 ${label}`}>
          {t("currency")}
          <input name="currency" maxLength={3} defaultValue={filters.currency} className={`${inputClass} mt-1`} />
        </label>
        <label className={`w-28 ${label}`}>
          {t("year")}
          <input name="year" defaultValue={filters.year} className={`${inputClass} mt-1`} />
        </label>
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="stepOverdue" value="1" defaultChecked={filters.stepOverdue === "1"} className="rounded border-slate-300" />
          {t("stepOverdue")}
        </label>
        {filters.decisionWithin && <input type="hidden" name="decisionWithin" value={filters.decisionWithin} />}
        {filters.decidedFrom && <input type="hidden" name="decidedFrom" value={filters.decidedFrom} />}
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={filters.archived === "1"} className="rounded border-slate-300" />
          {tAll("filters.archivedOnly")}
        </label>
        <input type="hidden" name="sort" value={filters.sort ?? ""} />
        <input type="hidden" name="desc" value={filters.desc ?? ""} />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {tAll("filters.apply")}
        </button>
      </form>
      {(filters.decisionWithin || filters.decidedFrom) && (
        <p className="text-sm text-slate-600">
          {filters.decisionWithin ? t("decisionWithin", { days: filters.decisionWithin }) : t("decidedFrom", { date: filters.decidedFrom! })}
        </p>
      )}
      <OpportunityTable
        rows={list.rows}
        probabilities={list.probabilities}
        today={on}
        sorting={{ current: filters.sort ?? "decision", desc: filters.desc === "1", href: (sort, desc) => href({ sort, desc: desc ? "1" : undefined, page: undefined }) }}
      />
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} href={(page) => href({ page })} />
    </div>
  );
}
