import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requireViewer } from "@/lib/auth/viewer";
import { meetingForEdit, meetingFormOptions } from "@/lib/meetings/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(meetingForEdit, (r, t) => t("pages.edit", { name: r.values.title }), "editMeeting");
export const generateMetadata = page.generateMetadata;

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  const record = await page.load(viewer, (await params).id);
  const options = record ? await meetingFormOptions(viewer, record.agreementId) : null;
  if (!record || !options) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/meetings/${record.id}`} className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("backToMeeting")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("edit", { name: record.values.title })}</h1>
      </div>
      <MeetingForm options={options} record={record} />
    </div>
  );
}
