import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OpportunityForm } from "@/components/pipeline/opportunity-form";
import { Arrow } from "@/components/ui/arrow";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { opportunityFormOptions } from "@/lib/pipeline/queries";
import { OPEN_STAGES } from "@/lib/pipeline/stages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipeline"))("new") };
}

export default async function NewOpportunityPage({ searchParams }: { searchParams: Promise<{ partner?: string }> }) {
  const viewer = await requireViewer();
  const options = can(viewer, "create", "Opportunity") ? await opportunityFormOptions(viewer) : null;
  if (!options) notFound();
  const t = await getTranslations("pipeline");
  const { partner } = await searchParams;
  const known = typeof partner === "string" && options.organisations.some((o) => o.id === partner);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/pipeline" className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("all")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("new")}</h1>
      </div>
      {/* A new opportunity starts in the pipeline; it is won, lost or withdrawn later. */}
      <OpportunityForm options={options} stages={[...OPEN_STAGES]} initial={known ? { organisationId: partner } : undefined} />
    </div>
  );
}
