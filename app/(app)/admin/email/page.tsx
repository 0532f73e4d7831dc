import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { ActionLink } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
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
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-3">Message</th>
              <th scope="col" className="px-4 py-3">State</th>
              <th scope="col" className="px-4 py-3">Last error</th>
              <th scope="col" className="px-4 py-3" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {box.waiting.map((m) => (
              <tr key={m.id}>
                <td className="px-4 py-3">
                  <div className="font-medium text-slate-900">{m.subject}</div>
                  <div className="text-xs text-slate-500">
                    to {m.to} · {m.kind} · queued {m.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                  </div>
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {m.status === "FAILED" ? <Badge tone="red">Failed</Badge> : <Badge tone="amber">Waiting</Badge>}
                  <div className="mt-1 text-xs text-slate-500">{m.attempts} {m.attempts === 1 ? "attempt" : "attempts"}</div>
                </td>
                <td className="max-w-xs px-4 py-3 text-xs break-words text-slate-600">{m.lastError ?? "—"}</td>
                <td className="px-4 py-3 text-right">
                  <ActionLink action={retryEmailAction} id={m.id}>
                    Retry now
                  </ActionLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {box.waiting.length === 0 && <p className="p-8 text-center text-slate-500">Nothing waiting or failed.</p>}
      </div>
    </div>
  );
}
