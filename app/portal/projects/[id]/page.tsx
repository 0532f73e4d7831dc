import { notFound, redirect } from "next/navigation";
import { DocumentsSection } from "@/components/documents/documents-section";
import { ProjectDetails } from "@/components/projects/project-details";
import { ReportingSection } from "@/components/reporting/reporting-section";
import { ResultsSection } from "@/components/results/results-section";
import { requireViewer } from "@/lib/auth/viewer";
import { documentsOf } from "@/lib/documents/queries";
import { today } from "@/lib/domain/format";
import { appEnv } from "@/lib/env";
import { findProject } from "@/lib/projects/queries";
import { reportingOf } from "@/lib/reporting/queries";
import { resultsOf } from "@/lib/results/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findProject, (p) => `${p.code} ${p.title}`, "project");
export const generateMetadata = page.generateMetadata;

export default async function PortalProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect(`/projects/${(await params).id}`);
  const project = await page.load(viewer, (await params).id);
  if (!project) notFound();
  const [documents, results, reporting] = await Promise.all([documentsOf(viewer, { projectId: project.id }), resultsOf(viewer, project.id), reportingOf(viewer, project.id)]);
  return (
    <ProjectDetails
      project={project}
      agreementHref={project.agreement ? `/portal/agreements/${project.agreement.id}` : null}
      results={<ResultsSection results={results} />}
      reporting={<ReportingSection reporting={reporting} reportHref={(id) => `/portal/reports/${id}`} today={today()} />}
      documents={<DocumentsSection documents={documents} parent={{ type: "project", id: project.id }} editable={false} maxMb={appEnv().DOCUMENT_MAX_MB} />}
    />
  );
}
