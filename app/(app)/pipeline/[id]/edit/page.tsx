import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OpportunityForm } from "@/components/pipeline/opportunity-form";
import { Arrow } from "@/components/ui/arrow";
import { requireViewer } from "@/lib/auth/viewer";
import { recordPage } from "@/lib/domain/record-page";
import { opportunityForEdit, opportunityFormOptions } from "@/lib/pipeline/queries";
import { stageTargets } from "@/lib/pipeline/stages";

const page = recordPage(opportunityForEdit, (r, t) => t("pages.edit", { name: r.values.title }), "editOpportunity");
export const generateMetadata = page.generateMetadata;

export default async function EditOpportunityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const [record, options, t] = await Promise.all([page.load(viewer, (await params).id), opportunityFormOptions(viewer), getTranslations()]);
  if (!record || !options) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/pipeline/${record.id}`} className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("pipeline.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("pages.edit", { name: record.values.title })}</h1>
      </div>
      <OpportunityForm options={options} record={record} stages={[record.stage, ...stageTargets(record.stage, record.converted)]} />
    </div>
  );
}
