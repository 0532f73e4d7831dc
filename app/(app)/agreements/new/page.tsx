import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { agreementFormOptions, renewalOf } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { AGREEMENT_STATUSES } from "@/lib/agreements/lifecycle";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("newAgreement") };
}

export default async function NewAgreementPage({ searchParams }: { searchParams: Promise<{ renews?: string }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  const options = can(viewer, "create", "Agreement") ? await agreementFormOptions(viewer) : null;
  if (!options) notFound();
  const { renews } = await searchParams;
  const renewal = renews ? await renewalOf(viewer, renews) : null;
  if (renews && !renewal) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/agreements" className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("allAgreements")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{renewal ? t("renewalOf", { title: renewal.title }) : t("newAgreement")}</h1>
        {renewal && <p className="mt-1 text-sm text-slate-600">{t("renewalNote")}</p>}
      </div>
      <AgreementForm options={options} statuses={AGREEMENT_STATUSES} initial={renewal ?? undefined} />
    </div>
  );
}
