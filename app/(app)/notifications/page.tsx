import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, ActionLink } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ATTENTION_KINDS, type AttentionKind } from "@/lib/attention/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { displayDate } from "@/lib/domain/format";
import { markReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/notifications";

/** Notifications of steps someone took, beside the reminder job's attention kinds. */
const STEPS: Record<string, string> = { clearance: "Clearance", report: "Partner report", "action-item": "Action item" };

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const notifications = await listNotifications(viewer);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Notifications</h1>
          <p className="mt-1 text-sm text-slate-600">
            {unread} unread. One for each thing that needs your attention, once, and for each step others took on your records; a daily email gathers the reminders.
          </p>
        </div>
        {unread > 0 && (
          <ActionForm action={markReadAction}>
            <Button type="submit" variant="secondary">
              Mark all read
            </Button>
          </ActionForm>
        )}
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
        {notifications.length === 0 && <li className="p-8 text-center text-slate-500">No notifications.</li>}
        {notifications.map((n) => (
          <li key={n.id} className={`flex flex-wrap items-start justify-between gap-4 px-4 py-3 ${n.readAt ? "" : "bg-brand-50/50"}`}>
            <div className="min-w-0">
              <p className="text-xs font-medium text-slate-500">
                {STEPS[n.kind] ?? ATTENTION_KINDS[n.kind as AttentionKind] ?? n.kind} · {displayDate(n.createdAt)}
              </p>
              <Link href={n.href} className={`text-sm hover:underline ${n.readAt ? "text-slate-700" : "font-medium text-brand-700"}`}>
                {n.title}
              </Link>
            </div>
            {!n.readAt && (
              <ActionLink action={markReadAction} id={n.id} size="text-xs">
                Mark read
              </ActionLink>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
