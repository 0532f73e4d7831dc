import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityList } from "@/components/audit/activity-list";
import { ProjectDetails } from "@/components/projects/project-details";
import { StatusReportForm } from "@/components/projects/status-report-form";
import { ArchiveButton } from "@/components/ui/archive-button";
import { ButtonLink } from "@/components/ui/button";

import { activityOf } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { DocumentsSection } from "@/components/documents/documents-section";
import { documentsOf } from "@/lib/documents/queries";
import { appEnv } from "@/lib/env";
import { isoDate, today } from "@/lib/domain/format";
import { can } from "@/lib/policy";
import Link from "next/link";
import { archiveProjectAction, archiveStatusReportAction } from "@/lib/projects/actions";
import { findProject } from "@/lib/projects/queries";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER") notFound();
  const project = await findProject(viewer, (await params).id);
  if (!project) notFound();
  const [events, documents] = await Promise.all([activityOf("Project", project.id), documentsOf(viewer, { projectId: project.id })]);
  return (
    <ProjectDetails
      project={project}
      agreementHref={project.agreement ? `/agreements/${project.agreement.id}` : null}
      documents={
        <DocumentsSection
          documents={documents}
          parent={{ type: "project", id: project.id }}
          editable={!project.archived && can(viewer, "create", "Document")}
          maxMb={appEnv().DOCUMENT_MAX_MB}
        />
      }
      activity={<ActivityList events={events} />}
      reportActions={(report) =>
        !project.archived && (
          <>
            {can(viewer, "update", "StatusReport") && (
              <Link href={`/projects/${project.id}/reports/${report.id}/edit`} className="text-xs text-brand-600 hover:underline">
                Correct
              </Link>
            )}
            {can(viewer, "archive", "StatusReport") && (
              <ArchiveButton action={archiveStatusReportAction} id={report.id} version={report.version} archived={false} noun="status report" />
            )}
          </>
        )
      }
      reportForm={!project.archived && can(viewer, "create", "StatusReport") && <StatusReportForm projectId={project.id} today={isoDate(today())!} />}
      actions={
        <>
          {!project.archived && can(viewer, "update", "Project") && <ButtonLink href={`/projects/${project.id}/edit`}>Edit</ButtonLink>}
          {can(viewer, project.archived ? "restore" : "archive", "Project") && (
            <ArchiveButton action={archiveProjectAction} id={project.id} version={project.version} archived={project.archived} noun="project" />
          )}
        </>
      }
    />
  );
}
