import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { ActivityList } from "@/components/audit/activity-list";
import { DocumentsSection } from "@/components/documents/documents-section";
import { ConversionForm } from "@/components/pipeline/conversion-form";
import { StageBadge } from "@/components/pipeline/stage-badge";
import { Arrow } from "@/components/ui/arrow";
import { ArchiveButton } from "@/components/ui/archive-button";
import { ButtonLink } from "@/components/ui/button";
import { Fact } from "@/components/ui/fact";
import { Section } from "@/components/ui/section";
import { activityOf } from "@/lib/audit/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { countryName } from "@/lib/domain/codelists";
import { recordPage } from "@/lib/domain/record-page";
import { documentsOf } from "@/lib/documents/queries";
import { appEnv } from "@/lib/env";
import { getFormats } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locales";
import { archiveOpportunityAction } from "@/lib/pipeline/actions";
import { conversionOptions, findOpportunity } from "@/lib/pipeline/queries";
import { probabilityOf } from "@/lib/pipeline/stages";
import { can } from "@/lib/policy";

const page = recordPage(findOpportunity, (r) => r.opportunity.title, "opportunity");
export const generateMetadata = page.generateMetadata;

export default async function OpportunityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const found = await page.load(viewer, (await params).id);
  if (!found) notFound();
  const { opportunity: o, probabilities } = found;
  const own = { officeId: o.officeId };
  const mayConvert = o.stage === "WON" && !o.agreement && !o.archived && can(viewer, "update", "Opportunity", own) && can(viewer, "create", "Agreement", own);
  const [events, documents, conversion, t, tCodes, f] = await Promise.all([
    activityOf("Opportunity", o.id),
    documentsOf(viewer, { opportunityId: o.id }),
    mayConvert ? conversionOptions(viewer) : null,
    getTranslations("pipeline.page"),
    getTranslations("codes"),
    getFormats(),
  ]);
  const probability = probabilityOf(o, probabilities);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/pipeline" className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("all")}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">{o.title}</h1>
          <StageBadge stage={o.stage} />
          {o.archived && <span className="text-sm text-slate-500">{t("archived")}</span>}
          <div className="ms-auto flex flex-wrap items-start gap-2">
            {!o.archived && can(viewer, "update", "Opportunity", own) && <ButtonLink href={`/pipeline/${o.id}/edit`}>{t("edit")}</ButtonLink>}
            {can(viewer, o.archived ? "restore" : "archive", "Opportunity", own) && (
              <ArchiveButton action={archiveOpportunityAction} id={o.id} version={o.version} archived={o.archived} noun="opportunity" />
            )}
          </div>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          <Link href={`/partners/${o.organisation.id}`} className="text-brand-700 hover:underline">
            {o.organisation.name}
          </Link>
        </p>
        {o.summary && <p className="mt-4 max-w-3xl text-slate-700">{o.summary}</p>}
      </div>

      {o.agreement && (
        <p className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
          {t("became")}{" "}
          <Link href={`/agreements/${o.agreement.id}`} className="font-medium text-brand-700 hover:underline">
            {o.agreement.title}
          </Link>{" "}
          (<span dir="ltr">{o.agreement.reference}</span>) <AgreementStatusBadge status={o.agreement.status} expiresOn={null} />
        </p>
      )}
      {conversion && (
        <div id="convert">
        <Section title={t("convertTitle")}>
          <p className="mb-4 text-sm text-slate-600">{t("convertIntro", { amount: f.money(o.amount, o.currency), tranches: o.tranches.length })}</p>
          <ConversionForm id={o.id} version={o.version} organisations={conversion.organisations} counterpartId={conversion.counterpartId} customFields={conversion.customFields} />
        </Section>
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Section title={t("tranches")}>
            {o.tranches.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noTranches", { year: o.expectedDecisionOn ? String(o.expectedDecisionOn.getUTCFullYear()) : "none" })}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {o.tranches.map((tranche) => (
                  <li key={tranche.id} className="flex justify-between py-2">
                    <span>{tranche.year}</span>
                    <span className="tabular-nums">{f.money(tranche.amount, o.currency)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t("history")}>
            <ol className="space-y-2 text-sm">
              {o.stageChanges.map((change) => (
                // Each part isolated (bdi), so a date in a right-to-left page keeps its place beside the stage.
                <li key={change.id} className="flex flex-wrap items-baseline gap-x-3">
                  <span className="font-medium">{tCodes(`opportunityStages.${change.toStage}`)}</span>
                  <bdi className="text-slate-600">{f.moment(change.changedAt)}</bdi>
                  {change.changedBy && <bdi className="text-slate-600">{change.changedBy.name}</bdi>}
                </li>
              ))}
            </ol>
          </Section>
          <DocumentsSection documents={documents} parent={{ type: "opportunity", id: o.id }} editable={!o.archived && can(viewer, "create", "Document", own)} maxMb={appEnv().DOCUMENT_MAX_MB} />
          <Section title={t("activity")}>
            <ActivityList events={events} />
          </Section>
        </div>
        <Section title={t("facts")}>
          <dl className="space-y-4">
            <Fact label={t("amount")}>{f.money(o.amount, o.currency)}</Fact>
            <Fact label={t("probability")}>
              {t("percent", { percent: probability })}
              <span className="block text-xs text-slate-600">{o.probability === null ? t("stageDefault") : o.probabilityReason}</span>
            </Fact>
            <Fact label={t("weighted")}>{f.money(o.amount.times(probability).dividedBy(100).toFixed(2), o.currency)}</Fact>
            <Fact label={t("decision")}>{f.date(o.expectedDecisionOn)}</Fact>
            {o.decidedOn && <Fact label={t("decidedOn")}>{f.date(o.decidedOn)}</Fact>}
            {o.closeReason && (
              <Fact label={t("closeReason")}>
                {tCodes(`closeReasons.${o.closeReason}`)}
                {o.closeNote && <span className="block text-xs text-slate-600">{o.closeNote}</span>}
              </Fact>
            )}
            <Fact label={t("nextStep")}>
              {o.nextStep ?? "—"}
              {o.nextStepDueOn && <span className="block text-xs text-slate-600">{t("due", { date: f.date(o.nextStepDueOn) })}</span>}
            </Fact>
            <Fact label={t("officer")}>{o.responsibleOfficer?.name ?? "—"}</Fact>
            <Fact label={t("office")}>{o.office.name}</Fact>
            <Fact label={t("countries")}>{o.countries.length ? f.list(o.countries.map((c) => countryName(c, f.locale as Locale))) : "—"}</Fact>
            <Fact label={t("themes")}>{o.themes.length ? f.list(o.themes.map((x) => x.theme.label)) : "—"}</Fact>
          </dl>
        </Section>
      </div>
    </div>
  );
}
