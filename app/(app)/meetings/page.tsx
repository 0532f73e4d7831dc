import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/components/ui/export-links";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { agreementFilterOptions, listAgreements } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { listQuery } from "@/lib/domain/list-query";
import { meetingStatuses } from "@/lib/domain/codelists";
import { displayDate } from "@/lib/domain/format";
import { listMeetings, meetingsOverview, parseMeetingFilters } from "@/lib/meetings/queries";
import { can } from "@/lib/policy";
import { CodeOptions } from "@/components/ui/code-options";

export const metadata: Metadata = { title: "Meetings" };

type Row = { id: string; title: string; heldOn: Date; status: keyof typeof meetingStatuses; location: string | null; agreement: { title: string }; _count: { actionItems: number } };

function MeetingRows({ rows, empty }: { rows: Row[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((m) => (
        <li key={m.id} className="flex flex-wrap items-start justify-between gap-4 py-2 text-sm">
          <span>
            <Link href={`/meetings/${m.id}`} className="font-medium text-brand-700 hover:underline">
              {m.title}
            </Link>
            <span className="block text-xs text-slate-500">{m.agreement.title}</span>
          </span>
          <span className="text-end whitespace-nowrap text-slate-600">
            {displayDate(m.heldOn)} · {meetingStatuses[m.status].label}
            {m._count.actionItems > 0 && <span className="block text-xs">{m._count.actionItems} open action items</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const overview = await meetingsOverview(viewer);
  const filters = parseMeetingFilters(params);
  const list = await listMeetings(viewer, filters);
  if (!overview || !list) notFound();
  const overdue = await listAgreements(viewer, { meetingOverdue: "1", sort: "title" });
  const partners = await agreementFilterOptions(viewer);
  const link = listQuery(params);
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">Meetings</h1>
        <div className="flex flex-wrap gap-2">
          <ButtonLink variant="secondary" href="/action-items">
            All action items
          </ButtonLink>
          <ButtonLink variant="secondary" href="/calendar">
            Calendar feed
          </ButtonLink>
        </div>
      </div>
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
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-4 py-2 text-sm">
                  <Link href={`/agreements/${a.id}`} className="text-brand-700 hover:underline">
                    {a.title}
                  </Link>
                  {can(viewer, "create", "Meeting") && (
                    <Link href={`/agreements/${a.id}/meetings/new`} className="whitespace-nowrap text-xs text-brand-600 hover:underline">
                      Record a meeting
                    </Link>
                  )}
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

      <div className="flex flex-wrap items-end justify-between gap-4 pt-4">
        <h2 className="text-xl font-semibold">All meetings</h2>
        {can(viewer, "read", "Export") && <ExportLinks href={(format) => link("/meetings/export", { format })} />}
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="min-w-56 flex-1 text-xs font-medium text-slate-600">
          Search
          <input name="q" type="search" defaultValue={one("q")} placeholder="Title, place, agreement or partner" className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Status
          <select name="status" defaultValue={one("status")} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            <CodeOptions list="meetingStatuses" />
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Kind
          <select name="kind" defaultValue={one("kind")} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            <CodeOptions list="meetingKinds" />
          </select>
        </label>
        {partners?.organisations && (
          <label className="text-xs font-medium text-slate-600">
            Partner
            <select name="partner" defaultValue={one("partner")} className={`${inputClass} mt-1`}>
              <option value="">Any</option>
              {partners.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-xs font-medium text-slate-600">
          From
          <input type="date" name="from" defaultValue={one("from")} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          To
          <input type="date" name="to" defaultValue={one("to")} className={`${inputClass} mt-1`} />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Apply
        </button>
      </form>
      <Section
        title={`${list.total} ${list.total === 1 ? "meeting" : "meetings"}`}
        action={
          <span className="flex gap-3 text-sm">
            Sort by
            {(["date", "title"] as const).map((sort) => {
              const active = (filters.sort ?? "date") === sort;
              return (
                <Link key={sort} href={link("/meetings", { sort, desc: active && !filters.desc ? "1" : undefined })} className={active ? "font-medium text-slate-900" : "text-brand-600 hover:underline"}>
                  {sort === "date" ? (active && filters.desc ? "oldest first" : "newest first") : active && filters.desc ? "title Z–A" : "title A–Z"}
                </Link>
              );
            })}
          </span>
        }
      >
        <MeetingRows rows={list.rows} empty="No meetings match." />
      </Section>
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} href={(page) => link("/meetings", { page: String(page) })} />
    </div>
  );
}
