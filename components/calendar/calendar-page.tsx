import { Section } from "@/components/ui/section";
import { hasFeed } from "@/lib/calendar/feed";
import type { Viewer } from "@/lib/policy";
import { CalendarFeed } from "./calendar-feed";

/** The calendar page, for staff and partners alike: what the feed holds, and its address. */
export async function CalendarPage({ viewer }: { viewer: Viewer }) {
  const what =
    viewer.role === "PARTNER"
      ? "the meetings and expiry dates of your organisation's agreements"
      : viewer.role === "OFFICER"
        ? "the meetings and expiry dates of the agreements you are responsible for"
        : "the meetings and expiry dates of every agreement";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Calendar</h1>
        <p className="mt-1 text-sm text-slate-600">Your calendar app can show {what}, from a year ago on, and keep them up to date. Each meeting page also offers a single .ics file.</p>
      </div>
      <Section title="Private feed">
        <CalendarFeed hasFeed={await hasFeed(viewer)} />
      </Section>
    </div>
  );
}
