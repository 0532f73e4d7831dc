import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { hasFeed } from "@/lib/calendar/feed";
import type { Viewer } from "@/lib/policy";
import { CalendarFeed } from "./calendar-feed";

/** The calendar page, for staff and partners alike: what the feed holds, and its address. */
export async function CalendarPage({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations("calendar");
  const what = viewer.role === "PARTNER" ? "partner" : viewer.role === "OFFICER" ? "officer" : "all";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro", { what })}</p>
      </div>
      <Section title={t("privateFeed")}>
        <CalendarFeed hasFeed={await hasFeed(viewer)} />
      </Section>
    </div>
  );
}
