import Link from "next/link";
import { CustomFacts } from "@/components/custom-fields/custom-facts";
import { useTranslations } from "next-intl";
import { Arrow } from "@/components/ui/arrow";
import { Section } from "@/components/ui/section";
import { countryName } from "@/lib/domain/codelists";
import { useFormats } from "@/lib/i18n/use-formats";
import type { ProjectDetail } from "@/lib/projects/queries";
import { HealthBadge } from "./health-badge";

export function ProjectDetails({
  project,
  agreementHref,
  actions,
  documents,
  reportForm,
  reportActions,
  results,
  reporting,
  activity,
}: {
  project: ProjectDetail;
  agreementHref: string | null;
  actions?: React.ReactNode;
  documents: React.ReactNode;
  reportForm?: React.ReactNode;
  /** Edit and archive controls for one report, for those who may. */
  reportActions?: (report: ProjectDetail["statusReports"][number]) => React.ReactNode;
  /** The results framework and the partners' reporting, as the viewer may see them. */
  results: React.ReactNode;
  reporting: React.ReactNode;
  activity?: React.ReactNode;
}) {
  const t = useTranslations();
  const tPage = useTranslations("projects.page");
  const f = useFormats();
  const [current] = project.statusReports;
  return (
    <div className="space-y-6">
      <div>
        {project.agreement && agreementHref && (
          <Link href={agreementHref} className="text-sm text-brand-600 hover:underline print:hidden">
            <Arrow to="back" /> {project.agreement.title}
          </Link>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{project.title}</h1>
          <HealthBadge health={current?.health} />
          {project.archived && <span className="text-sm text-slate-500">{t("common.archived")}</span>}
          {actions && <div className="ms-auto flex flex-wrap items-start gap-2">{actions}</div>}
        </div>
        <p className="mt-1 text-sm text-slate-500">
          <span dir="ltr">{project.code}</span> · {t(`codes.projectLifecycles.${project.lifecycle}`)}
          {current && ` · ${tPage("progressAsOf", { percent: current.progressPercent, date: f.date(current.reportedOn) })}`}
        </p>
        {project.summary && <p className="mt-4 max-w-3xl text-slate-700">{project.summary}</p>}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {results}
          {reporting}
          <Section title={tPage("statusReports")}>
            {reportForm && <div className="mb-6 border-b border-slate-100 pb-6">{reportForm}</div>}
            {project.statusReports.length === 0 ? (
              <p className="text-sm text-slate-500">{tPage("noStatusReports")}</p>
            ) : (
              <ol className="space-y-4">
                {project.statusReports.map((r) => (
                  <li key={r.id} className="text-sm">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{f.date(r.reportedOn)}</span>
                      <HealthBadge health={r.health} />
                      <span className="text-slate-600">{r.progressPercent}%</span>
                      {r.author && <span className="text-slate-500">· {r.author.name}</span>}
                      {reportActions && <span className="ms-auto flex flex-wrap items-center gap-2">{reportActions(r)}</span>}
                    </p>
                    <p className="mt-1 text-slate-800">{r.summary}</p>
                    {r.risks && <p className="mt-1 text-slate-600">{tPage("risks", { risks: r.risks })}</p>}
                  </li>
                ))}
              </ol>
            )}
          </Section>
          {documents}
          {activity && <Section title={t("agreements.page.activity")}>{activity}</Section>}
        </div>
        <div className="min-w-0 space-y-6">
          <Section title={tPage("keyFacts")}>
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{tPage("period")}</dt>
                <dd>
                  {f.date(project.startsOn)} – {f.date(project.endsOn, tPage("open"))}
                </dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{tPage("budget")}</dt>
                <dd>{f.money(project.budgetAmount, project.budgetCurrency)}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{tPage("countries")}</dt>
                <dd>{project.countries.length ? project.countries.map((c) => countryName(c, f.locale)).join(", ") : countryName(null, f.locale)}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{tPage("themes")}</dt>
                <dd>{project.themes.map((theme) => theme.theme.label).join(", ") || t("common.none")}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{tPage("currentHealth")}</dt>
                <dd>{current ? t(`codes.healths.${current.health}`) : tPage("noReportYet")}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{tPage("office")}</dt>
                <dd>{project.office.name}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{tPage("responsibleOfficer")}</dt>
                <dd>{project.responsibleOfficer?.name ?? t("common.none")}</dd>
              </div>
              <CustomFacts fields={project.customFields} values={project.customValues} />
            </dl>
          </Section>
          <Section title={tPage("partners")}>
            <ul className="space-y-1 text-sm">
              {project.partners.map((p) => (
                <li key={`${p.organisation.id}-${p.role}`} className="flex flex-wrap justify-between gap-2">
                  <span>{p.organisation.name}</span>
                  <span className="text-slate-500">{t(`codes.partyRoles.${p.role}`)}</span>
                </li>
              ))}
            </ul>
          </Section>
        </div>
      </div>
    </div>
  );
}
