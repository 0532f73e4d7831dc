import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requireViewer } from "@/lib/auth/viewer";
import { meetingForEdit, meetingFormOptions } from "@/lib/meetings/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(meetingForEdit, (r) => `Edit ${r.values.title}`, "Edit meeting");
export const generateMetadata = page.generateMetadata;

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const record = await page.load(viewer, (await params).id);
  const options = record ? await meetingFormOptions(viewer, record.agreementId) : null;
  if (!record || !options) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/meetings/${record.id}`} className="text-sm text-brand-600 hover:underline">
          ← Back to the meeting
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Edit {record.values.title}</h1>
      </div>
      <MeetingForm options={options} record={record} />
    </div>
  );
}
