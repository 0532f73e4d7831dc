import Link from "next/link";
import { notFound } from "next/navigation";
import { PartnerForm } from "@/components/partners/partner-form";
import { requireViewer } from "@/lib/auth/viewer";
import { partnerForEdit } from "@/lib/partners/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(partnerForEdit, (r) => `Edit ${r.values.name}`, "Edit partner");
export const generateMetadata = page.generateMetadata;

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const record = await page.load(viewer, (await params).id);
  if (!record) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/partners/${record.id}`} className="text-sm text-brand-600 hover:underline">
          ← Back to the partner
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Edit {record.values.name}</h1>
      </div>
      <PartnerForm record={record} />
    </div>
  );
}
