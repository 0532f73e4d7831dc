import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/reporting/decision-form";
import { ReportDetails } from "@/components/reporting/report-details";
import { SubmissionForm } from "@/components/reporting/submission-form";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { appEnv } from "@/lib/env";
import { can } from "@/lib/policy";
import { findReport } from "@/lib/reporting/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findReport, (r, t, f) => t("pages.reportTitle", { kind: t(`codes.reportKinds.${r.kind}`), date: f.date(r.dueOn), project: r.project.code }), "partnerReport");
export const generateMetadata = page.generateMetadata;

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (viewer.role === "PARTNER") notFound(); // partners read their reports on the portal
  const report = await page.load(viewer, id);
  if (!report) notFound();
  // What the viewer may do here depends on the project's office (lib/policy.ts).
  const own = { officeId: report.project.officeId };
  const t = await getTranslations("forms.decision");
  const live = !report.archived && !report.project.archived;
  const open = live && !report.requirement.archived && (report.state === "DUE" || report.state === "RETURNED");
  return (
    <ReportDetails
      report={report}
      projectHref={`/projects/${report.project.id}`}
      today={today()}
      form={
        live && report.state === "SUBMITTED" && can(viewer, "update", "PartnerReport", own) ? (
          <Section title={t("review")}>
            <DecisionForm id={report.id} version={report.version} />
          </Section>
        ) : open && can(viewer, "create", "PartnerReport", own) ? (
          <details className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("recordForPartner")}</summary>
            <div className="mt-4">
              <SubmissionForm report={report} maxMb={appEnv().DOCUMENT_MAX_MB} />
            </div>
          </details>
        ) : null
      }
    />
  );
}
