import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ACTION_ITEMS_PAGE_SIZE, listActionItems, parseActionItemFilters } from "@/lib/action-items/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { actionItemStatuses } from "@/lib/domain/codelists";
import { displayDate, today } from "@/lib/domain/format";
import { listQuery } from "@/lib/domain/list-query";

export const metadata: Metadata = { title: "Action items" };

const stateLabels = { open: "Open", overdue: "Overdue", all: "All" } as const;

export default async function ActionItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const filters = parseActionItemFilters(params);
  const list = await listActionItems(viewer, filters);
  if (!list) notFound();
  const link = listQuery(params);
  const on = today();
  const narrowed = [filters.country && `country ${filters.country}`, filters.theme && "one theme", filters.activeIn && `agreements in force in ${filters.activeIn}`, filters.officer && "one officer's agreements"].filter(Boolean);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Action items</h1>
        <p className="mt-1 text-sm text-slate-600">
          {list.total} {filters.state === "all" ? "" : `${stateLabels[filters.state].toLowerCase()} `}
          {list.total === 1 ? "action item" : "action items"}
          {narrowed.length > 0 && <> · {narrowed.join(", ")} · <Link href={`/action-items?state=${filters.state}`} className="text-brand-600 hover:underline">show all</Link></>}
        </p>
      </div>
      <nav aria-label="Which action items" className="flex gap-2 text-sm">
        {(Object.keys(stateLabels) as (keyof typeof stateLabels)[]).map((state) => (
          <Link
            key={state}
            href={link("/action-items", { state, after: undefined })}
            aria-current={filters.state === state ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 ${filters.state === state ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {stateLabels[state]}
          </Link>
        ))}
      </nav>
      <DataTable
        caption="Action items"
        rows={list.rows}
        rowKey={(item) => item.id}
        empty="No action items to show."
        columns={[
          {
            label: "Activity",
            cell: (item) => (
              <>
                <Link href={`/meetings/${item.meeting.id}`} className="font-medium text-brand-700 hover:underline">
                  {item.description}
                </Link>
                <div className="text-xs text-slate-600">
                  {item.meeting.title} · {item.meeting.agreement.title}
                  {item._count.comments > 0 && ` · ${item._count.comments} ${item._count.comments === 1 ? "comment" : "comments"}`}
                </div>
              </>
            ),
          },
          { label: "Carried out by", cell: (item) => item.ownerOrganisation?.acronym ?? item.ownerOrganisation?.name ?? "—" },
          {
            label: "Due",
            cell: (item) => {
              const overdue = item.dueOn && item.dueOn < on && (item.status === "OPEN" || item.status === "IN_PROGRESS");
              return overdue ? <Badge tone="red">{displayDate(item.dueOn)}</Badge> : displayDate(item.dueOn, "—");
            },
          },
          { label: "Status", cell: (item) => actionItemStatuses[item.status].label },
        ]}
      />
      {(list.next || filters.after) && (
        <nav aria-label="Pages" className="flex justify-end gap-2 text-sm">
          {filters.after && (
            <Link href={link("/action-items", { after: undefined })} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
              First page
            </Link>
          )}
          {list.next && (
            <Link href={link("/action-items", { after: list.next })} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
              Next {ACTION_ITEMS_PAGE_SIZE}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
