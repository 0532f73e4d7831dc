import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusReportForm } from "@/components/projects/status-report-form";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { statusReportForEdit } from "@/lib/projects/queries";

export const metadata: Metadata = { title: "Correct a status report" };

export default async function EditStatusReportPage({ params }: { params: Promise<{ id: string; reportId: string }> }) {
  const viewer = await requireViewer();
  const { id, reportId } = await params;
  const report = await statusReportForEdit(viewer, reportId);
  if (!report || report.project.id !== id) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${id}`} className="text-sm text-brand-600 hover:underline">
          ← {report.project.title}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Correct a status report</h1>
      </div>
      <Section title="The report">
        <StatusReportForm projectId={id} today={report.values.reportedOn} record={report} />
      </Section>
    </div>
  );
}
