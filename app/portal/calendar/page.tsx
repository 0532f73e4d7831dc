import type { Metadata } from "next";
import { CalendarPage } from "@/components/calendar/calendar-page";
import { requireViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Calendar" };

export default async function PortalCalendarPage() {
  return <CalendarPage viewer={await requireViewer()} />;
}
