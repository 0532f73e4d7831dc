import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { ActionLink } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { parseEnv } from "@/lib/env";
import { requireViewer } from "@/lib/auth/viewer";
import { retryEmailAction } from "@/lib/users/actions";
import { outbox } from "@/lib/users/queries";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.email"))("title") };
}

export default async function OutboxPage() {
  const viewer = await requireViewer();
  const box = await outbox(viewer);
  if (!box) notFound();
  const configured = Boolean(parseEnv().SMTP_URL);
  const [t, tAdmin, f] = await Promise.all([getTranslations("admin.email"), getTranslations("admin"), getFormats()]);
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: tAdmin("users") }} title={t("title")}>
        {configured ? t("sentToday", { n: box.sentToday }) : t("notSetUp")} {t("retries")}
      </PageHeader>
      <DataTable
        caption={t("caption")}
        rows={box.waiting}
        rowKey={(m) => m.id}
        empty={t("empty")}
        columns={[
          {
            label: t("message"),
            cell: (m) => (
              <>
                <div className="font-medium text-slate-900">{m.subject}</div>
                <div className="text-xs text-slate-600">
                  {t("details", { to: m.to, kind: m.kind, at: f.moment(m.createdAt) })}
                </div>
              </>
            ),
          },
          {
            label: t("state"),
            cell: (m) => (
              <>
                {m.status === "FAILED" ? <Badge tone="red">{t("failed")}</Badge> : <Badge tone="amber">{t("waiting")}</Badge>}
                <div className="mt-1 text-xs text-slate-600">
                  {t("attempts", { n: m.attempts })}
                </div>
              </>
            ),
          },
          { label: t("lastError"), wrap: true, cell: (m) => <span className="text-xs text-slate-600">{m.lastError ?? "—"}</span> },
          {
            label: "",
            numeric: true,
            cell: (m) => (
              <ActionLink action={retryEmailAction} id={m.id}>
                {t("retry")}
              </ActionLink>
            ),
          },
        ]}
      />
    </div>
  );
}
