import Link from "next/link";
import { useTranslations } from "next-intl";
import { HealthBadge } from "@/components/projects/health-badge";
import { Arrow } from "@/components/ui/arrow";
import { Fact } from "@/components/ui/fact";
import { Section } from "@/components/ui/section";
import { countryName } from "@/lib/domain/codelists";
import { useFormats } from "@/lib/i18n/use-formats";
import type { AgreementDetail } from "@/lib/agreements/queries";
import type { PartyRole } from "@/lib/generated/prisma/enums";
import { AgreementStatusBadge } from "./status-badge";
import { AmendmentsList } from "./amendments-list";
import { CustomFacts } from "@/components/custom-fields/custom-facts";

export function AgreementDetails({
  agreement,
  basePath,
  projectBasePath,
  actions,
  meetingAction,
  projectAction,
  timeline,
  actionItems,
  funding,
  amendmentForm,
  clearance,
  documents,
  activity,
  origin,
}: {
  agreement: AgreementDetail;
  /** Where it came from (the pipeline opportunity it was created from), for staff. */
  origin?: React.ReactNode;
  basePath: string;
  /** Where projects' pages are: staff and partners have their own. */
  projectBasePath: string;
  /** Buttons for those who may change the agreement. */
  actions?: React.ReactNode;
  /** Links to record a meeting or add a project, for those who may. */
  meetingAction?: React.ReactNode;
  projectAction?: React.ReactNode;
  /** Its dates, meetings, status changes and renewals. */
  timeline: React.ReactNode;
  /** The action items agreed at its meetings (a partner's own only). */
  actionItems: React.ReactNode;
  /** The form to record an amendment, for those who may. */
  amendmentForm?: React.ReactNode;
  /** Where the draft stands in clearance, with the actions the viewer may take (staff only). */
  clearance?: React.ReactNode;
  /** Commitments, instalments and receipts (a partner's own only). */
  funding?: React.ReactNode;
  /** The agreement's documents (what the viewer may see of them). */
  documents: React.ReactNode;
  /** The agreement's audit trail, for staff. */
  activity?: React.ReactNode;
}) {
  const t = useTranslations();
  const tPage = useTranslations("agreements.page");
  const f = useFormats();
  return (
    <div className="space-y-6">
      <div>
        <Link href={basePath} className="text-sm text-brand-600 hover:underline print:hidden">
          <Arrow to="back" /> {tPage("allAgreements")}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{agreement.title}</h1>
          <AgreementStatusBadge status={agreement.status} expiresOn={agreement.expiresOn} />
          {agreement.archived && <span className="text-sm text-slate-500">{t("common.archived")}</span>}
          {actions && <div className="ms-auto flex flex-wrap items-start gap-2">{actions}</div>}
        </div>
        <p className="mt-1 text-sm text-slate-500">
          <span dir="ltr">{agreement.reference}</span> · {t(`codes.instruments.${agreement.instrument}`)} · {t(`codes.modalities.${agreement.modality}`)}
        </p>
        {agreement.summary && <p className="mt-4 max-w-3xl text-slate-700">{agreement.summary}</p>}
        {origin}
      </div>
      {clearance}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Section title={tPage("parties")}>
            <ul className="divide-y divide-slate-100">
              {byOrganisation(agreement.parties).map(({ organisation, roles }) => (
                <li key={organisation.id} className="flex flex-wrap items-center justify-between py-2 text-sm">
                  <span className="font-medium">
                    {organisation.name}
                    {organisation.acronym && <span className="ms-1 text-slate-500">({organisation.acronym})</span>}
                  </span>
                  <span className="text-slate-600">{f.list(roles.map((role) => t(`codes.partyRoles.${role}`)))}</span>
                </li>
              ))}
            </ul>
          </Section>
          <Section title={tPage("timeline")} action={meetingAction}>
            {timeline}
          </Section>
          <Section title={tPage("amendments")}>
            <AmendmentsList amendments={agreement.amendments} />
            {amendmentForm}
          </Section>
          <Section title={tPage("actionItems")}>{actionItems}</Section>
          <Section title={tPage("projects")} action={projectAction}>
            {agreement.projects.length === 0 ? (
              <p className="text-sm text-slate-500">{tPage("noProjects")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {agreement.projects.map((project) => (
                  <li key={project.id} className="flex flex-wrap items-center justify-between gap-4 py-2 text-sm">
                    <span>
                      <span className="text-slate-500" dir="ltr">{project.code}</span>{" "}
                      <Link href={`${projectBasePath}/${project.id}`} className="text-brand-700 hover:underline">
                        {project.title}
                      </Link>
                    </span>
                    <span className="flex items-center gap-2 whitespace-nowrap text-slate-600">
                      {t(`codes.projectLifecycles.${project.lifecycle}`)}
                      <HealthBadge health={project.statusReports[0]?.health} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {funding}
          {documents}
          {activity && <Section title={tPage("activity")}>{activity}</Section>}
        </div>
        <Section title={tPage("keyFacts")}>
          <dl className="space-y-4">
            <Fact label={tPage("signed")}>{f.date(agreement.signedOn)}</Fact>
            <Fact label={tPage("effective")}>{f.date(agreement.effectiveOn)}</Fact>
            <Fact label={tPage("expires")}>{f.date(agreement.expiresOn, t("agreements.openEnded"))}</Fact>
            <Fact label={tPage("meetingsExpected")}>{tPage("meetingCycle", { months: agreement.meetingCycleMonths ?? "none" })}</Fact>
            <Fact label={tPage("contribution")}>{f.money(agreement.contributionAmount, agreement.contributionCurrency)}</Fact>
            <Fact label={tPage("countries")}>
              {agreement.countries.length ? agreement.countries.map((c) => countryName(c, f.locale)).join(", ") : countryName(null, f.locale)}
            </Fact>
            <Fact label={tPage("themes")}>{agreement.themes.map((theme) => theme.theme.label).join(", ") || t("common.none")}</Fact>
            <Fact label={tPage("office")}>{agreement.office.name}</Fact>
            <Fact label={tPage("responsibleOfficer")}>{agreement.responsibleOfficer?.name ?? t("common.none")}</Fact>
            <CustomFacts fields={agreement.customFields} values={agreement.customValues} />
            {agreement.renews && (
              <Fact label={tPage("renews")}>
                <Link className="text-brand-600 hover:underline" href={`${basePath}/${agreement.renews.id}`}>
                  {agreement.renews.title}
                </Link>
              </Fact>
            )}
            {agreement.renewedBy && (
              <Fact label={tPage("renewedBy")}>
                <Link className="text-brand-600 hover:underline" href={`${basePath}/${agreement.renewedBy.id}`}>
                  {agreement.renewedBy.title}
                </Link>
              </Fact>
            )}
          </dl>
        </Section>
      </div>
    </div>
  );
}

/** Parties one line per organisation with all its roles: a signatory that also funds is listed once. */
function byOrganisation<P extends { organisation: { id: string }; role: PartyRole }>(parties: P[]) {
  const rows = new Map<string, { organisation: P["organisation"]; roles: PartyRole[] }>();
  for (const { organisation, role } of parties) {
    let row = rows.get(organisation.id);
    if (!row) rows.set(organisation.id, (row = { organisation, roles: [] }));
    row.roles.push(role);
  }
  return [...rows.values()];
}
