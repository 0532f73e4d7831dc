"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { feedAction } from "@/lib/calendar/actions";

/** Make, replace or revoke the private calendar feed; the URL is shown only when made. */
export function CalendarFeed({ hasFeed }: { hasFeed: boolean }) {
  const t = useTranslations("calendar");
  const [state, action, pending] = useActionState(feedAction, null);
  const active = state ? state.link !== null : hasFeed;
  return (
    <form action={action} className="space-y-4 text-sm">
      {state?.link && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
          <p>{t("made")}</p>
          <p className="mt-2 font-mono text-xs break-all select-all" data-testid="feed-url">
            {state.link}
          </p>
        </div>
      )}
      {state?.revoked && <p role="status" className="text-slate-700">{t("revoked")}</p>}
      <p className="text-slate-600">{t(active ? "active" : "inactive")}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="op" value="new" disabled={pending}>
          {t(active ? "replace" : "make")}
        </Button>
        {active && (
          <Button type="submit" name="op" value="revoke" variant="danger" disabled={pending}>
            {t("revoke")}
          </Button>
        )}
      </div>
    </form>
  );
}
