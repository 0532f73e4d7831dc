import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ProjectDetails } from "@/components/projects/project-details";
import { requireViewer } from "@/lib/auth/viewer";
import { DocumentsSection } from "@/components/documents/documents-section";
import { documentsOf } from "@/lib/documents/queries";
import { appEnv } from "@/lib/env";
import { findProject } from "@/lib/projects/queries";

export const metadata: Metadata = { title: "Project" };

export default async function PortalProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role !== "PARTNER") redirect(`/projects/${(await params).id}`);
  const project = await findProject(viewer, (await params).id);
  if (!project) notFound();
  const documents = await documentsOf(viewer, { projectId: project.id });
  return (
    <ProjectDetails
      project={project}
      agreementHref={project.agreement ? `/portal/agreements/${project.agreement.id}` : null}
      documents={<DocumentsSection documents={documents} parent={{ type: "project", id: project.id }} editable={false} maxMb={appEnv().DOCUMENT_MAX_MB} />}
    />
  );
}
