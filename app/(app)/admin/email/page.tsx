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

export const metadata: Metadata = { title: "Email outbox" };

export default async function OutboxPage() {
  const viewer = await requireViewer();
  const box = await outbox(viewer);
  if (!box) notFound();
  const configured = Boolean(parseEnv().SMTP_URL);
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/admin/users", label: "Users" }} title="Email outbox">
          {configured ? `${box.sentToday} sent in the last 24 hours.` : "Email is not set up (SMTP_URL): messages wait here until it is."} Failed messages are retried with
          growing delays, five times, then wait here for you.
      </PageHeader>
      <DataTable
        caption="Messages waiting or failed"
        rows={box.waiting}
        rowKey={(m) => m.id}
        empty="Nothing waiting or failed."
        columns={[
          {
            label: "Message",
            cell: (m) => (
              <>
                <div className="font-medium text-slate-900">{m.subject}</div>
                <div className="text-xs text-slate-600">
                  to {m.to} · {m.kind} · queued {m.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </div>
              </>
            ),
          },
          {
            label: "State",
            cell: (m) => (
              <>
                {m.status === "FAILED" ? <Badge tone="red">Failed</Badge> : <Badge tone="amber">Waiting</Badge>}
                <div className="mt-1 text-xs text-slate-600">
                  {m.attempts} {m.attempts === 1 ? "attempt" : "attempts"}
                </div>
              </>
            ),
          },
          { label: "Last error", wrap: true, cell: (m) => <span className="text-xs text-slate-600">{m.lastError ?? "—"}</span> },
          {
            label: "",
            numeric: true,
            cell: (m) => (
              <ActionLink action={retryEmailAction} id={m.id}>
                Retry now
              </ActionLink>
            ),
          },
        ]}
      />
    </div>
  );
}
