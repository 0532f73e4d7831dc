import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { nextStatuses } from "@/lib/agreements/lifecycle";
import { agreementForEdit, agreementFormOptions } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(agreementForEdit, (r, t) => t("pages.edit", { name: r.values.title }), "editAgreement");
export const generateMetadata = page.generateMetadata;

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  const [record, options] = await Promise.all([page.load(viewer, (await params).id), agreementFormOptions(viewer)]);
  if (!record || !options) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/agreements/${record.id}`} className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("backToAgreement")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("edit", { name: record.values.title })}</h1>
      </div>
      <AgreementForm options={options} record={record} statuses={nextStatuses(record.status)} />
    </div>
  );
}
