import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Section } from "@/components/ui/section";
import { listAgreements } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { meetingStatuses } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
import { meetingsOverview } from "@/lib/meetings/queries";

export const metadata: Metadata = { title: "Meetings" };

type Row = { id: string; title: string; heldOn: Date; status: keyof typeof meetingStatuses; location: string | null; agreement: { title: string }; _count: { actionItems: number } };

function MeetingRows({ rows, empty }: { rows: Row[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((m) => (
        <li key={m.id} className="flex items-start justify-between gap-4 py-2 text-sm">
          <span>
            <Link href={`/meetings/${m.id}`} className="font-medium text-brand-700 hover:underline">
              {m.title}
            </Link>
            <span className="block text-xs text-slate-500">{m.agreement.title}</span>
          </span>
          <span className="text-right whitespace-nowrap text-slate-600">
            {displayDate(m.heldOn)} · {meetingStatuses[m.status].label}
            {m._count.actionItems > 0 && <span className="block text-xs">{m._count.actionItems} open action items</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function MeetingsPage() {
  const viewer = await requireViewer();
  const overview = await meetingsOverview(viewer);
  if (!overview) notFound();
  const overdue = await listAgreements(viewer, { meetingOverdue: "1", sort: "title" });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Meetings</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Coming up">
          <MeetingRows rows={overview.upcoming} empty="No meetings planned." />
        </Section>
        <Section title={`Yearly meetings overdue (${overdue.total})`}>
          {overdue.rows.length === 0 ? (
            <p className="text-sm text-slate-500">Every agreement has met within its cycle.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {overdue.rows.map((a) => (
                <li key={a.id} className="flex items-center justify-between gap-4 py-2 text-sm">
                  <Link href={`/agreements/${a.id}`} className="text-brand-700 hover:underline">
                    {a.title}
                  </Link>
                  <Link href={`/agreements/${a.id}/meetings/new`} className="whitespace-nowrap text-xs text-brand-600 hover:underline">
                    Record a meeting
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {overdue.total > overdue.rows.length && (
            <Link href="/agreements?meetingOverdue=1" className="mt-3 inline-block text-sm text-brand-600 hover:underline">
              All {overdue.total}
            </Link>
          )}
        </Section>
        <Section title="Action items overdue">
          {overview.overdueActionItems.length === 0 ? (
            <p className="text-sm text-slate-500">Nothing overdue.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {overview.overdueActionItems.map((item) => (
                <li key={item.id} className="py-2 text-sm">
                  <Link href={`/meetings/${item.meeting.id}`} className="text-brand-700 hover:underline">
                    {item.description}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {item.ownerOrganisation?.name ?? "Not assigned"} · due {displayDate(item.dueOn)} · {item.meeting.title}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Held recently">
          <MeetingRows rows={overview.recent} empty="No meetings held yet." />
        </Section>
      </div>
    </div>
  );
}
