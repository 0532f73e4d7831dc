import Link from "next/link";
import { HealthBadge } from "@/components/projects/health-badge";
import { Section } from "@/components/ui/section";
import { countryName, instruments, modalities, partyRoles, projectLifecycles } from "@/lib/domain/codelists";
import { displayDate, displayMoney } from "@/lib/domain/format";
import type { AgreementDetail } from "@/lib/agreements/queries";
import type { PartyRole } from "@/lib/generated/prisma/enums";
import { AgreementStatusBadge } from "./status-badge";
import { AmendmentsList } from "./amendments-list";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

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
}: {
  agreement: AgreementDetail;
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
  const yearly = agreement.meetingCycleMonths === 12 ? "Yearly" : agreement.meetingCycleMonths ? `Every ${agreement.meetingCycleMonths} months` : "None set";
  return (
    <div className="space-y-6">
      <div>
        <Link href={basePath} className="text-sm text-brand-600 hover:underline print:hidden">
          ← All agreements
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{agreement.title}</h1>
          <AgreementStatusBadge status={agreement.status} expiresOn={agreement.expiresOn} />
          {agreement.archived && <span className="text-sm text-slate-500">(archived)</span>}
          {actions && <div className="ms-auto flex flex-wrap items-start gap-2">{actions}</div>}
        </div>
        <p className="mt-1 text-sm text-slate-500">
          {agreement.reference} · {instruments[agreement.instrument].label} · {modalities[agreement.modality].label}
        </p>
        {agreement.summary && <p className="mt-4 max-w-3xl text-slate-700">{agreement.summary}</p>}
      </div>
      {clearance}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Section title="Parties">
            <ul className="divide-y divide-slate-100">
              {byOrganisation(agreement.parties).map(({ organisation, roles }) => (
                <li key={organisation.id} className="flex flex-wrap items-center justify-between py-2 text-sm">
                  <span className="font-medium">
                    {organisation.name}
                    {organisation.acronym && <span className="ms-1 text-slate-500">({organisation.acronym})</span>}
                  </span>
                  <span className="text-slate-600">{roles.map((role) => partyRoles[role].label).join(", ")}</span>
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Timeline" action={meetingAction}>
            {timeline}
          </Section>
          <Section title="Amendments">
            <AmendmentsList amendments={agreement.amendments} />
            {amendmentForm}
          </Section>
          <Section title="Action items">{actionItems}</Section>
          <Section title="Projects" action={projectAction}>
            {agreement.projects.length === 0 ? (
              <p className="text-sm text-slate-500">No projects under this agreement.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {agreement.projects.map((project) => (
                  <li key={project.id} className="flex flex-wrap items-center justify-between gap-4 py-2 text-sm">
                    <span>
                      <span className="text-slate-500">{project.code}</span>{" "}
                      <Link href={`${projectBasePath}/${project.id}`} className="text-brand-700 hover:underline">
                        {project.title}
                      </Link>
                    </span>
                    <span className="flex items-center gap-2 whitespace-nowrap text-slate-600">
                      {projectLifecycles[project.lifecycle].label}
                      <HealthBadge health={project.statusReports[0]?.health} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {funding}
          {documents}
          {activity && <Section title="Activity">{activity}</Section>}
        </div>
        <Section title="Key facts">
          <dl className="space-y-4">
            <Field label="Signed">{displayDate(agreement.signedOn)}</Field>
            <Field label="Effective">{displayDate(agreement.effectiveOn)}</Field>
            <Field label="Expires">{displayDate(agreement.expiresOn, "Open-ended")}</Field>
            <Field label="Meetings expected">{yearly}</Field>
            <Field label="Contribution">{displayMoney(agreement.contributionAmount, agreement.contributionCurrency)}</Field>
            <Field label="Countries">
              {agreement.countries.length ? agreement.countries.map((c) => countryName(c)).join(", ") : "Regional"}
            </Field>
            <Field label="Themes">{agreement.themes.map((t) => t.theme.label).join(", ") || "—"}</Field>
            <Field label="Responsible officer">{agreement.responsibleOfficer?.name ?? "—"}</Field>
            {agreement.renews && (
              <Field label="Renews">
                <Link className="text-brand-600 hover:underline" href={`${basePath}/${agreement.renews.id}`}>
                  {agreement.renews.title}
                </Link>
              </Field>
            )}
            {agreement.renewedBy && (
              <Field label="Renewed by">
                <Link className="text-brand-600 hover:underline" href={`${basePath}/${agreement.renewedBy.id}`}>
                  {agreement.renewedBy.title}
                </Link>
              </Field>
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
