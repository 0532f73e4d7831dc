import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { setStageProbabilitiesAction } from "@/lib/pipeline/actions";
import { stageProbabilities } from "@/lib/pipeline/queries";
import { STAGES } from "@/lib/pipeline/stages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.pipeline"))("title") };
}

export default async function PipelineSetupPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "update", "PipelineSetup")) notFound();
  const [probabilities, t, tAdmin, tCodes, tForms] = await Promise.all([stageProbabilities(), getTranslations("admin.pipeline"), getTranslations("admin"), getTranslations("codes"), getTranslations("forms.admin")]);
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: tAdmin("users") }} title={t("title")}>
        {t("intro")}
      </PageHeader>
      <Section title={t("probabilities")}>
        <ActionForm action={setStageProbabilitiesAction} className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-4">
            {STAGES.map((stage) => (
              <label key={stage} className="text-sm font-medium text-slate-700">
                {tCodes(`opportunityStages.${stage}`)}
                <span className="mt-1 flex items-center gap-2">
                  <input name={stage} inputMode="numeric" defaultValue={probabilities[stage]} className={`${inputClass} w-20`} />
                  <span aria-hidden="true">%</span>
                </span>
              </label>
            ))}
          </div>
          <Button type="submit" variant="secondary">
            {tForms("save")}
          </Button>
        </ActionForm>
      </Section>
    </div>
  );
}
