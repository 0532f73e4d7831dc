import Link from "next/link";
import { CustomFactsSection } from "@/components/custom-fields/custom-facts";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { notFound } from "next/navigation";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { ActivityList } from "@/components/audit/activity-list";
import { ArchiveButton } from "@/components/ui/archive-button";
import { ButtonLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { OpportunityTable } from "@/components/pipeline/opportunity-table";
import { opportunitiesOfPartner, stageProbabilities } from "@/lib/pipeline/queries";
import { activityOf } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { countryName } from "@/lib/domain/codelists";
import { today } from "@/lib/domain/format";
import { getFormats } from "@/lib/i18n/server";
import { DiligenceSection } from "@/components/diligence/diligence-section";
import { PartnerFunding } from "@/components/funding/partner-funding";
import { diligenceOfPartner } from "@/lib/diligence/queries";
import { commitmentsOfOrganisation } from "@/lib/funding/queries";
import { archivePartnerAction } from "@/lib/partners/actions";
import { findPartner } from "@/lib/partners/queries";
import { can } from "@/lib/policy";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(findPartner, (p) => p.name, "partner");
export const generateMetadata = page.generateMetadata;

export default async function PartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const partner = await page.load(viewer, (await params).id);
  if (!partner) notFound();
  const [events, commitments, diligence, opportunities, probabilities, t, f] = await Promise.all([
    activityOf("Organisation", partner.id),
    commitmentsOfOrganisation(viewer, partner.id),
    diligenceOfPartner(viewer, partner.id),
    opportunitiesOfPartner(viewer, partner.id),
    stageProbabilities(),
    getTranslations(),
    getFormats(),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/partners" className="text-sm text-brand-600 hover:underline print:hidden">
          <Arrow to="back" /> {t("partners.page.allPartners")}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">
            {partner.name}
            {partner.acronym && <span className="ms-2 text-slate-500">({partner.acronym})</span>}
          </h1>
          {partner.archived && <span className="text-sm text-slate-500">{t("common.archived")}</span>}
          <div className="ms-auto flex flex-wrap items-start gap-2">
            {!partner.archived && can(viewer, "update", "Organisation") && <ButtonLink href={`/partners/${partner.id}/edit`}>{t("agreements.page.edit")}</ButtonLink>}
            {can(viewer, partner.archived ? "restore" : "archive", "Organisation") && (
              <ArchiveButton action={archivePartnerAction} id={partner.id} version={partner.version} archived={partner.archived} noun="partner" />
            )}
          </div>
        </div>
        <p className="mt-1 text-sm text-slate-500">
          {t(`codes.organisationKinds.${partner.kind}`)} · {countryName(partner.country, f.locale)}
          {partner.formerNames.length > 0 && ` · ${t("partners.page.formerly", { names: partner.formerNames.join(", ") })}`}
          {partner.website && (
            <>
              {" · "}
              <a href={partner.website} className="text-brand-600 hover:underline" rel="noopener noreferrer" target="_blank">
                {partner.website}
              </a>
            </>
          )}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Section title={t("partners.page.agreements")}>
            {partner.agreementRoles.length === 0 ? (
              <p className="text-sm text-slate-500">{t("partners.page.noAgreements")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {partner.agreementRoles.map(({ role, agreement }) => (
                  <li key={`${agreement.id}-${role}`} className="flex flex-wrap items-center justify-between gap-4 py-2 text-sm">
                    <span>
                      <Link href={`/agreements/${agreement.id}`} className="font-medium text-brand-700 hover:underline">
                        {agreement.title}
                      </Link>
                      <span className="ms-2 text-slate-500">{t(`codes.partyRoles.${role}`)}</span>
                    </span>
                    <span className="flex items-center gap-3 whitespace-nowrap text-slate-600">
                      {f.date(agreement.expiresOn, t("agreements.openEnded"))}
                      <AgreementStatusBadge status={agreement.status} expiresOn={agreement.expiresOn} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {diligence && <DiligenceSection viewer={viewer} organisationId={partner.id} kind={partner.kind} diligence={diligence} />}
          <PartnerFunding commitments={commitments} today={today()} />
          {opportunities && (
            <Section
              title={t("pipeline.partnerSection")}
              action={
                !partner.archived &&
                can(viewer, "create", "Opportunity") && (
                  <Link href={`/pipeline/new?partner=${partner.id}`} className="text-sm text-brand-600 hover:underline">
                    {t("pipeline.new")}
                  </Link>
                )
              }
            >
              <OpportunityTable rows={opportunities} probabilities={probabilities} today={today()} />
            </Section>
          )}
          <Section title={t("agreements.page.activity")}>
            <ActivityList events={events} />
          </Section>
        </div>
        <div className="space-y-6">
          <Section title={t("partners.page.contacts")}>
            {partner.contacts.length === 0 ? (
              <p className="text-sm text-slate-500">{t("partners.page.noContacts")}</p>
            ) : (
              <ul className="space-y-3 text-sm">
                {partner.contacts.map((c) => (
                  <li key={c.id}>
                    <p className="font-medium">{c.name}</p>
                    {c.title && <p className="text-slate-600">{c.title}</p>}
                    {c.email && (
                      <a href={`mailto:${c.email}`} className="text-brand-600 hover:underline">
                        {c.email}
                      </a>
                    )}
                    {c.phone && <p className="text-slate-600">{c.phone}</p>}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <CustomFactsSection fields={partner.customFields} values={partner.customValues} />
          {partner.internalNotes && (
            <Section title={t("partners.page.internalNotes")}>
              <p className="text-sm whitespace-pre-line text-slate-700">{partner.internalNotes}</p>
            </Section>
          )}
        </div>
      </div>
    </div>
  );
}
