import type { Metadata } from "next";
import { ListViews, openDefaultView } from "@/components/views/list-views";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ACTION_ITEMS_PAGE_SIZE, listActionItems, parseActionItemFilters } from "@/lib/action-items/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { today } from "@/lib/domain/format";
import { listQuery } from "@/lib/domain/list-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionItems"))("title") };
}

const STATES = ["open", "overdue", "all"] as const;

export default async function ActionItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  await openDefaultView(viewer, "action-items", params);
  const filters = parseActionItemFilters(params);
  const [list, tAll, f] = await Promise.all([listActionItems(viewer, filters), getTranslations(), getFormats()]);
  const t = (key: string, values?: Record<string, string | number>) => tAll(`actionItems.${key}`, values);
  if (!list) notFound();
  const link = listQuery(params);
  const on = today();
  const narrowed = [
    filters.country && t("narrowCountry", { country: filters.country }),
    filters.theme && t("narrowTheme"),
    filters.activeIn && t("narrowYear", { year: String(filters.activeIn) }),
    filters.officer && t("narrowOfficer"),
    filters.office && t("narrowOffice"),
  ].filter(Boolean);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("count", { count: list.total, state: filters.state })}
          {narrowed.length > 0 && <> · {narrowed.join(", ")} · <Link href={`/action-items?state=${filters.state}`} className="text-brand-600 hover:underline">{t("showAll")}</Link></>}
        </p>
      </div>
      <ListViews viewer={viewer} list="action-items" params={params} />
      <nav aria-label={t("which")} className="flex gap-2 text-sm">
        {STATES.map((state) => (
          <Link
            key={state}
            href={link("/action-items", { state, after: undefined })}
            aria-current={filters.state === state ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 ${filters.state === state ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {t(`state.${state}`)}
          </Link>
        ))}
      </nav>
      <DataTable
        caption={t("title")}
        rows={list.rows}
        rowKey={(item) => item.id}
        empty={t("empty")}
        columns={[
          {
            label: t("activity"),
            cell: (item) => (
              <>
                <Link href={`/meetings/${item.meeting.id}`} className="font-medium text-brand-700 hover:underline">
                  {item.description}
                </Link>
                <div className="text-xs text-slate-600">
                  {item.meeting.title} · {item.meeting.agreement.title}
                  {item._count.comments > 0 && ` · ${t("comments", { count: item._count.comments })}`}
                </div>
              </>
            ),
          },
          { label: t("carriedOutBy"), cell: (item) => item.ownerOrganisation?.acronym ?? item.ownerOrganisation?.name ?? "—" },
          {
            label: t("due"),
            cell: (item) => {
              const overdue = item.dueOn && item.dueOn < on && (item.status === "OPEN" || item.status === "IN_PROGRESS");
              return overdue ? <Badge tone="red">{f.date(item.dueOn)}</Badge> : f.date(item.dueOn, "—");
            },
          },
          { label: t("status"), cell: (item) => tAll(`codes.actionItemStatuses.${item.status}`) },
        ]}
      />
      {(list.next || filters.after) && (
        <nav aria-label={tAll("table.pages")} className="flex justify-end gap-2 text-sm">
          {filters.after && (
            <Link href={link("/action-items", { after: undefined })} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
              {t("firstPage")}
            </Link>
          )}
          {list.next && (
            <Link href={link("/action-items", { after: list.next })} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
              {t("next", { count: ACTION_ITEMS_PAGE_SIZE })}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
