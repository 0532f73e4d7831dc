import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarPage } from "@/components/calendar/calendar-page";
import { requireViewer } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function PortalCalendarPage() {
  return <CalendarPage viewer={await requireViewer()} />;
}
