import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { StatusReportForm } from "@/components/projects/status-report-form";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { statusReportForEdit } from "@/lib/projects/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("correctReport") };
}

export default async function EditStatusReportPage({ params }: { params: Promise<{ id: string; reportId: string }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  const { id, reportId } = await params;
  const report = await statusReportForEdit(viewer, reportId);
  if (!report || report.project.id !== id) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${id}`} className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {report.project.title}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("correctReport")}</h1>
      </div>
      <Section title={t("theReport")}>
        <StatusReportForm projectId={id} today={report.values.reportedOn} record={report} />
      </Section>
    </div>
  );
}
