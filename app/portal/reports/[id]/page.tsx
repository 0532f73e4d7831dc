import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportDetails } from "@/components/reporting/report-details";
import { SubmissionForm } from "@/components/reporting/submission-form";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { getFormats } from "@/lib/i18n/server";
import { appEnv } from "@/lib/env";
import { findReport } from "@/lib/reporting/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findReport, (r, t, f) => t("pages.reportTitle", { kind: t(`codes.reportKinds.${r.kind}`), date: f.date(r.dueOn), project: r.project.code }), "report");
export const generateMetadata = page.generateMetadata;

export default async function PortalReportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (viewer.role !== "PARTNER") redirect(`/reports/${id}`);
  const report = await page.load(viewer, id);
  if (!report) notFound();
  const [t, f] = await Promise.all([getTranslations("reports.detail"), getFormats()]);
  const open = !report.requirement.archived && (report.state === "DUE" || report.state === "RETURNED");
  return (
    <ReportDetails
      report={report}
      projectHref={`/portal/projects/${report.project.id}`}
      today={today()}
      form={
        open ? (
          <Section title={t(report.state === "RETURNED" ? "resubmit" : "submit")}>
            <SubmissionForm report={report} maxMb={appEnv().DOCUMENT_MAX_MB} />
          </Section>
        ) : (
          report.state === "SUBMITTED" && (
            // Stays for as long as the report waits, not only the moment after sending it.
            <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
              <span className="font-medium">{t("sentOn", { date: f.date(report.submittedAt), by: report.submittedBy?.name ?? "none" })}</span> {t("sentNext")}
            </p>
          )
        )
      }
    />
  );
}
