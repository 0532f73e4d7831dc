"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { newFeedAction, revokeFeedAction, type FeedState } from "@/lib/calendar/actions";

/** Make, replace or revoke the private calendar feed; the URL is shown only when made. */
export function CalendarFeed({ hasFeed }: { hasFeed: boolean }) {
  const [created, create, creating] = useActionState<FeedState>(newFeedAction, null);
  const [revoked, revoke, revoking] = useActionState<FeedState>(revokeFeedAction, null);
  const active = created?.link ? true : revoked?.revoked ? false : hasFeed;
  return (
    <div className="space-y-4 text-sm">
      {created?.link && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
          <p>Add this address to your calendar app as a subscription (&ldquo;from URL&rdquo;). Keep it private: anyone with it sees your calendar. It is not shown again.</p>
          <p className="mt-2 font-mono text-xs break-all select-all" data-testid="feed-url">
            {created.link}
          </p>
        </div>
      )}
      {revoked?.revoked && !created?.link && <p role="status" className="text-slate-700">The feed address no longer works.</p>}
      <p className="text-slate-600">{active ? "You have a private feed address." : "You have no feed address."}</p>
      <div className="flex gap-2">
        <form action={create}>
          <Button type="submit" disabled={creating}>
            {active ? "Make a new address (the old one stops working)" : "Make a feed address"}
          </Button>
        </form>
        {active && (
          <form action={revoke}>
            <Button type="submit" variant="danger" disabled={revoking}>
              Revoke
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
