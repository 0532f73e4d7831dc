import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requireViewer } from "@/lib/auth/viewer";
import { meetingFormOptions } from "@/lib/meetings/queries";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: "New meeting" };

export default async function NewMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const options = can(viewer, "create", "Meeting") ? await meetingFormOptions(viewer, (await params).id) : null;
  if (!options) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/agreements/${options.agreement.id}`} className="text-sm text-brand-600 hover:underline">
          ← {options.agreement.title}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">New meeting</h1>
      </div>
      <MeetingForm options={options} />
    </div>
  );
}
