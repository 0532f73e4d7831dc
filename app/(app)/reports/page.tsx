import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportsTable } from "@/components/reporting/reports-table";
import { ExportLinks } from "@/components/ui/export-links";
import { can } from "@/lib/policy";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { listReports, parseReportFilter, REPORT_FILTERS, type ReportFilter } from "@/lib/reporting/queries";

export const metadata: Metadata = { title: "Partners' reports" };

const labels: Record<ReportFilter, string> = { waiting: "Waiting for review", overdue: "Overdue", due: "Due", returned: "Returned", accepted: "Accepted" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const filter = parseReportFilter((await searchParams).show);
  const on = today();
  const list = await listReports(viewer, filter, on);
  if (!list) notFound();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Partners&apos; reports</h1>
          <p className="mt-1 text-sm text-slate-600">What partners owe on their projects, and what waits for an officer&apos;s review.</p>
        </div>
        {can(viewer, "read", "Export") && <ExportLinks href={(format) => `/reports/export?show=${filter}&format=${format}`} />}
      </div>
      <nav aria-label="Which reports" className="flex flex-wrap gap-2 text-sm">
        {REPORT_FILTERS.map((f) => (
          <Link
            key={f}
            href={`/reports?show=${f}`}
            aria-current={filter === f ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 ${filter === f ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {labels[f]} ({list.counts[f]})
          </Link>
        ))}
      </nav>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <ReportsTable reports={list.rows} href={(id) => `/reports/${id}`} today={on} showProject />
      </div>
    </div>
  );
}
