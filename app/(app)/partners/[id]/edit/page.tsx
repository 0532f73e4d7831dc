import Link from "next/link";
import { visibleCustomFields } from "@/lib/custom-fields/queries";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { PartnerForm } from "@/components/partners/partner-form";
import { requireViewer } from "@/lib/auth/viewer";
import { partnerForEdit } from "@/lib/partners/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(partnerForEdit, (r, t) => t("pages.edit", { name: r.values.name }), "editPartner");
export const generateMetadata = page.generateMetadata;

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  const record = await page.load(viewer, (await params).id);
  if (!record) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/partners/${record.id}`} className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("backToPartner")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("edit", { name: record.values.name })}</h1>
      </div>
      <PartnerForm record={record} customFields={await visibleCustomFields(viewer, "ORGANISATION")} />
    </div>
  );
}
