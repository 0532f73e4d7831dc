import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm, ActionLink } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { isAttentionKind } from "@/lib/attention/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { getFormats } from "@/lib/i18n/server";
import { markReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/notifications";

/** Notifications of steps someone took, beside the reminder job's attention kinds. */
const STEPS = ["clearance", "report", "action-item"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const [notifications, t, f] = await Promise.all([listNotifications(viewer), getTranslations(), getFormats()]);
  const kind = (k: string) => (STEPS.includes(k) ? t(`notifications.steps.${k}`) : isAttentionKind(k) ? t(`attention.kinds.${k}`) : k);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("notifications.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("notifications.intro", { unread })}</p>
        </div>
        {unread > 0 && (
          <ActionForm action={markReadAction}>
            <Button type="submit" variant="secondary">
              {t("notifications.markAllRead")}
            </Button>
          </ActionForm>
        )}
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
        {notifications.length === 0 && <li className="p-8 text-center text-slate-500">{t("notifications.none")}</li>}
        {notifications.map((n) => (
          <li key={n.id} className={`flex flex-wrap items-start justify-between gap-4 px-4 py-3 ${n.readAt ? "" : "bg-brand-50/50"}`}>
            <div className="min-w-0">
              <p className="text-xs font-medium text-slate-500">
                {kind(n.kind)} · {f.date(n.createdAt)}
              </p>
              <Link href={n.href} className={`text-sm hover:underline ${n.readAt ? "text-slate-700" : "font-medium text-brand-700"}`}>
                {n.title}
              </Link>
            </div>
            {!n.readAt && (
              <ActionLink action={markReadAction} id={n.id} size="text-xs">
                {t("notifications.markRead")}
              </ActionLink>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
