import { notFound, redirect } from "next/navigation";
import { ReportDetails } from "@/components/reporting/report-details";
import { SubmissionForm } from "@/components/reporting/submission-form";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { ACCEPTED_LABELS } from "@/lib/documents/detect";
import { displayDate, today } from "@/lib/domain/format";
import { appEnv } from "@/lib/env";
import { findReport } from "@/lib/reporting/queries";
import { reportKinds } from "@/lib/domain/codelists";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findReport, (r) => `${reportKinds[r.kind].label} due ${displayDate(r.dueOn)} · ${r.project.code}`, "Report");
export const generateMetadata = page.generateMetadata;

export default async function PortalReportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (viewer.role !== "PARTNER") redirect(`/reports/${id}`);
  const report = await page.load(viewer, id);
  if (!report) notFound();
  const open = !report.requirement.archived && (report.state === "DUE" || report.state === "RETURNED");
  return (
    <ReportDetails
      report={report}
      projectHref={`/portal/projects/${report.project.id}`}
      today={today()}
      form={
        open ? (
          <Section title={report.state === "RETURNED" ? "Change and resubmit the report" : "Submit the report"}>
            <SubmissionForm report={report} maxMb={appEnv().DOCUMENT_MAX_MB} accepted={ACCEPTED_LABELS} />
          </Section>
        ) : (
          report.state === "SUBMITTED" && (
            // Stays for as long as the report waits, not only the moment after sending it.
            <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
              <span className="font-medium">Sent on {displayDate(report.submittedAt)}{report.submittedBy ? ` by ${report.submittedBy.name}` : ""}.</span> The unit reviews it and
              either accepts it or returns it with a comment; you are told either way under Notifications. Until then it cannot be changed.
            </p>
          )
        )
      }
    />
  );
}
