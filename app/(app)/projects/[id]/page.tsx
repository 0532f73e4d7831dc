import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityList } from "@/components/audit/activity-list";
import { DocumentsSection } from "@/components/documents/documents-section";
import { ProjectDetails } from "@/components/projects/project-details";
import { StatusReportForm } from "@/components/projects/status-report-form";
import { ReportingSection } from "@/components/reporting/reporting-section";
import { RequirementForm } from "@/components/reporting/requirement-form";
import { IndicatorForm, PeriodForm, ResultForm } from "@/components/results/results-forms";
import { ResultsSection } from "@/components/results/results-section";
import { ArchiveButton } from "@/components/ui/archive-button";
import { ButtonLink } from "@/components/ui/button";
import { activityOf } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { documentsOf } from "@/lib/documents/queries";
import { isoDate, today } from "@/lib/domain/format";
import { appEnv } from "@/lib/env";
import { can } from "@/lib/policy";
import { archiveProjectAction, archiveStatusReportAction } from "@/lib/projects/actions";
import { findProject } from "@/lib/projects/queries";
import { archiveRequirementAction } from "@/lib/reporting/actions";
import { reportingOf } from "@/lib/reporting/queries";
import { archiveIndicatorAction, archiveResultAction } from "@/lib/results/actions";
import { resultsOf } from "@/lib/results/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findProject, (p) => `${p.code} ${p.title}`, "project");
export const generateMetadata = page.generateMetadata;

/** A folded form under a section, opened when there is something to add. */
function Adder({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (viewer.role === "PARTNER") notFound();
  const project = await page.load(viewer, (await params).id);
  if (!project) notFound();
  // What the viewer may do here depends on the project's office (lib/policy.ts).
  const own = { officeId: project.officeId };
  const [events, documents, results, reporting, t] = await Promise.all([
    activityOf("Project", project.id),
    documentsOf(viewer, { projectId: project.id }),
    resultsOf(viewer, project.id),
    reportingOf(viewer, project.id),
    getTranslations(),
  ]);
  const live = !project.archived;
  const editsResults = live && can(viewer, "create", "Result", own);
  const indicators = results.flatMap((r) => r.indicators);
  const partners = [...new Map(project.partners.map((p) => [p.organisation.id, { id: p.organisation.id, name: p.organisation.name }])).values()];
  return (
    <ProjectDetails
      project={project}
      agreementHref={project.agreement ? `/agreements/${project.agreement.id}` : null}
      results={
        <ResultsSection
          results={results}
          reportHref={(id) => `/reports/${id}`}
          resultActions={editsResults ? (r) => <ArchiveButton action={archiveResultAction} id={r.id} version={r.version} archived={false} noun="result" compact /> : undefined}
          indicatorActions={editsResults ? (i) => <ArchiveButton action={archiveIndicatorAction} id={i.id} version={i.version} archived={false} noun="indicator" compact /> : undefined}
          forms={
            editsResults && (
              <>
                <Adder summary={t("projects.page.addResult")}>
                  <ResultForm projectId={project.id} />
                </Adder>
                {results.length > 0 && (
                  <Adder summary={t("projects.page.addIndicator")}>
                    <IndicatorForm results={results.map((r) => ({ id: r.id, title: r.title }))} />
                  </Adder>
                )}
                {indicators.length > 0 && (
                  <Adder summary={t("projects.page.addPeriod")}>
                    <PeriodForm indicators={indicators.map((i) => ({ id: i.id, title: i.title }))} />
                  </Adder>
                )}
              </>
            )
          }
        />
      }
      reporting={
        <ReportingSection
          reporting={reporting}
          reportHref={(id) => `/reports/${id}`}
          today={today()}
          requirementActions={
            live && can(viewer, "archive", "ReportingRequirement", own)
              ? (r) => <ArchiveButton action={archiveRequirementAction} id={r.id} version={r.version} archived={false} noun="requirement" compact />
              : undefined
          }
          form={live && can(viewer, "create", "ReportingRequirement", own) && <RequirementForm projectId={project.id} partners={partners} />}
        />
      }
      documents={
        <DocumentsSection
          documents={documents}
          parent={{ type: "project", id: project.id }}
          editable={live && can(viewer, "create", "Document", own)}
          maxMb={appEnv().DOCUMENT_MAX_MB}
        />
      }
      activity={<ActivityList events={events} />}
      reportActions={(report) =>
        live && (
          <>
            {can(viewer, "update", "StatusReport", own) && (
              <Link href={`/projects/${project.id}/reports/${report.id}/edit`} className="text-xs text-brand-600 hover:underline">
                {t("projects.page.correct")}
              </Link>
            )}
            {can(viewer, "archive", "StatusReport", own) && (
              <ArchiveButton action={archiveStatusReportAction} id={report.id} version={report.version} archived={false} noun="statusReport" />
            )}
          </>
        )
      }
      reportForm={live && can(viewer, "create", "StatusReport", own) && <StatusReportForm projectId={project.id} today={isoDate(today())!} />}
      actions={
        <>
          {live && can(viewer, "update", "Project", own) && <ButtonLink href={`/projects/${project.id}/edit`}>{t("agreements.page.edit")}</ButtonLink>}
          {can(viewer, project.archived ? "restore" : "archive", "Project", own) && (
            <ArchiveButton action={archiveProjectAction} id={project.id} version={project.version} archived={project.archived} noun="project" />
          )}
        </>
      }
    />
  );
}
