import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requireViewer } from "@/lib/auth/viewer";
import { meetingFormOptions } from "@/lib/meetings/queries";
import { can } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("newMeeting") };
}

export default async function NewMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  const options = can(viewer, "create", "Meeting") ? await meetingFormOptions(viewer, (await params).id) : null;
  if (!options) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/agreements/${options.agreement.id}`} className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {options.agreement.title}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("newMeeting")}</h1>
      </div>
      <MeetingForm options={options} />
    </div>
  );
}
