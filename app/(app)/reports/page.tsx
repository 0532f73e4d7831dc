import type { Metadata } from "next";
import { ListViews, openDefaultView } from "@/components/views/list-views";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportsTable } from "@/components/reporting/reports-table";
import { ExportLinks } from "@/components/ui/export-links";
import { can } from "@/lib/policy";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { listReports, parseReportFilter, REPORT_FILTERS } from "@/lib/reporting/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.list"))("title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  await openDefaultView(viewer, "reports", params);
  const filter = parseReportFilter(params.show);
  const on = today();
  const [list, t] = await Promise.all([listReports(viewer, filter, on), getTranslations("reports.list")]);
  if (!list) notFound();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        {can(viewer, "read", "Export") && <ExportLinks href={(format) => `/reports/export?show=${filter}&format=${format}`} />}
      </div>
      <ListViews viewer={viewer} list="reports" params={params} />
      <nav aria-label={t("which")} className="flex flex-wrap gap-2 text-sm">
        {REPORT_FILTERS.map((f) => (
          <Link
            key={f}
            href={`/reports?show=${f}`}
            aria-current={filter === f ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 ${filter === f ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {t("filter", { filter: f, count: list.counts[f] })}
          </Link>
        ))}
      </nav>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <ReportsTable reports={list.rows} href={(id) => `/reports/${id}`} today={on} showProject />
      </div>
    </div>
  );
}
