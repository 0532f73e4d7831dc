import type { Metadata } from "next";
import { visibleCustomFields } from "@/lib/custom-fields/queries";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { PartnerForm } from "@/components/partners/partner-form";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("newPartner") };
}

export default async function NewPartnerPage() {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  if (!can(viewer, "create", "Organisation")) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/partners" className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("allPartners")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("newPartner")}</h1>
      </div>
      <PartnerForm customFields={await visibleCustomFields(viewer, "ORGANISATION")} />
    </div>
  );
}
