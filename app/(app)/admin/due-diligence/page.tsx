import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { SanctionsImportForm } from "@/components/diligence/sanctions-import-form";
import { ActionForm, ActionLink } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { addSourceAction, removeSourceAction, setValidityAction } from "@/lib/diligence/actions";
import { diligenceSetup } from "@/lib/diligence/queries";
import { appEnv } from "@/lib/env";
import { MATCH_THRESHOLD } from "@/lib/sanctions/screen";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.diligence"))("title") };
}

export default async function DueDiligenceSetupPage() {
  const viewer = await requireViewer();
  const setup = await diligenceSetup(viewer);
  if (!setup) notFound();
  const [t, tAdmin, tForms, f] = await Promise.all([getTranslations("admin.diligence"), getTranslations("admin"), getTranslations("forms.admin"), getFormats()]);
  const latest = setup.latest;
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: tAdmin("users") }} title={t("title")}>
        {t("intro")}
      </PageHeader>

      <Section title={t("list")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-600">
          {latest
            ? t("lastImported", {
                at: f.date(latest.importedAt),
                by: latest.importedBy?.name ?? t("someoneGone"),
                file: latest.filename,
                generated: latest.generatedOn ? f.date(latest.generatedOn) : "",
                hasGenerated: latest.generatedOn ? "yes" : "no",
                listed: setup.listed,
                toReview: setup.toReview,
              })
            : t("noList")}{" "}
          {t("howScreened", { threshold: MATCH_THRESHOLD * 100 })}
        </p>
        <SanctionsImportForm limitMb={appEnv().DOCUMENT_MAX_MB} />
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("checklist")}>
          <ul className="mb-3 divide-y divide-slate-100" aria-label={t("sources")}>
            {setup.sources.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                {s.label}
                <ActionLink action={removeSourceAction} id={s.id}>
                  {t("remove")}<span className="sr-only"> {s.label}</span>
                </ActionLink>
              </li>
            ))}
          </ul>
          <ActionForm action={addSourceAction} className="flex items-end gap-2">
            <label className="flex-1 text-sm font-medium text-slate-700">
              {t("newSource")}
              <input name="label" maxLength={200} className={`${inputClass} mt-1`} />
            </label>
            <Button type="submit" variant="secondary">
              {t("add")}
            </Button>
          </ActionForm>
        </Section>
        <Section title={t("validity")}>
          <ActionForm action={setValidityAction} className="flex items-end gap-2">
            <label className="text-sm font-medium text-slate-700">
              {t("lasts")}
              <span className="mt-1 block w-24">
                <input name="years" inputMode="numeric" defaultValue={setup.validityYears} className={inputClass} />
              </span>
            </label>
            <Button type="submit" variant="secondary">
              {tForms("save")}
            </Button>
          </ActionForm>
          <p className="mt-2 text-sm text-slate-600">{t("validityHint")}</p>
        </Section>
      </div>
    </div>
  );
}
