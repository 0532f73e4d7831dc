import type { Metadata } from "next";
import { ListViews, openDefaultView } from "@/components/views/list-views";
import { canonicalQuery } from "@/lib/views/schema";
import { OfficeFilter } from "@/components/offices/office-filter";
import { officeChoices } from "@/lib/offices/queries";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { ExportLinks } from "@/components/ui/export-links";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { agreementFilterOptions, listAgreements } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { listQuery } from "@/lib/domain/list-query";
import { meetingStatuses } from "@/lib/domain/codelists";
import { getFormats } from "@/lib/i18n/server";
import { useFormats } from "@/lib/i18n/use-formats";
import { listMeetings, meetingsOverview, parseMeetingFilters } from "@/lib/meetings/queries";
import { can } from "@/lib/policy";
import { CodeOptions } from "@/components/ui/code-options";
import { CustomValue } from "@/components/custom-fields/custom-facts";
import { CustomFilters, SetAsideNotice } from "@/components/custom-fields/custom-filters";
import { setAside } from "@/lib/custom-fields/filters";
import { visibleCustomFields } from "@/lib/custom-fields/queries";
import { asStored, labelIn, type FieldDefinition } from "@/lib/custom-fields/values";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.list"))("title") };
}

type Row = { id: string; title: string; heldOn: Date; status: keyof typeof meetingStatuses; location: string | null; agreement: { title: string }; _count: { actionItems: number }; customValues?: unknown };

/** Meetings one per line; `shown`: the custom fields a person chose to see, with each meeting's values. */
function MeetingRows({ rows, empty, shown = [] }: { rows: Row[]; empty: string; shown?: FieldDefinition[] }) {
  const t = useTranslations();
  const f = useFormats();
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
            {shown.length > 0 && (
              <span className="block text-xs text-slate-600">
                {shown.map((field) => (
                  <span key={field.id} className="me-3">
                    {labelIn(field, f.locale)}: <CustomValue field={field} value={asStored(m.customValues)[field.key]} />
                  </span>
                ))}
              </span>
            )}
          </span>
          <span className="text-end whitespace-nowrap text-slate-600">
            {f.date(m.heldOn)} · {t(`codes.meetingStatuses.${m.status}`)}
            {m._count.actionItems > 0 && <span className="block text-xs">{t("meetings.list.openActionItems", { count: m._count.actionItems })}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  await openDefaultView(viewer, "meetings", params);
  const overview = await meetingsOverview(viewer);
  const filters = parseMeetingFilters(params);
  const list = await listMeetings(viewer, filters);
  if (!overview || !list) notFound();
  const overdue = await listAgreements(viewer, { meetingOverdue: "1", sort: "title" });
  const partners = await agreementFilterOptions(viewer);
  const link = listQuery(params);
  const [tAll, f, offices, customFields] = await Promise.all([getTranslations(), getFormats(), officeChoices(), visibleCustomFields(viewer, "MEETING")]);
  const t = (key: string, values?: Record<string, string | number>) => tAll(`meetings.list.${key}`, values);
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : "");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <ButtonLink variant="secondary" href="/action-items">
            {t("allActionItems")}
          </ButtonLink>
          <ButtonLink variant="secondary" href="/calendar">
            {t("calendarFeed")}
          </ButtonLink>
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("comingUp")}>
          <MeetingRows rows={overview.upcoming} empty={t("nonePlanned")} />
        </Section>
        <Section title={t("overdue", { count: overdue.total })}>
          {overdue.rows.length === 0 ? (
            <p className="text-sm text-slate-500">{t("allMet")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {overdue.rows.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-4 py-2 text-sm">
                  <Link href={`/agreements/${a.id}`} className="text-brand-700 hover:underline">
                    {a.title}
                  </Link>
                  {can(viewer, "create", "Meeting") && (
                    <Link href={`/agreements/${a.id}/meetings/new`} className="whitespace-nowrap text-xs text-brand-600 hover:underline">
                      {tAll("agreements.page.recordMeeting")}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )}
          {overdue.total > overdue.rows.length && (
            <Link href="/agreements?meetingOverdue=1" className="mt-3 inline-block text-sm text-brand-600 hover:underline">
              {t("all", { count: overdue.total })}
            </Link>
          )}
        </Section>
        <Section title={t("actionsOverdue")}>
          {overview.overdueActionItems.length === 0 ? (
            <p className="text-sm text-slate-500">{t("nothingOverdue")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {overview.overdueActionItems.map((item) => (
                <li key={item.id} className="py-2 text-sm">
                  <Link href={`/meetings/${item.meeting.id}`} className="text-brand-700 hover:underline">
                    {item.description}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {t("itemLine", { owner: item.ownerOrganisation?.name ?? tAll("agreements.actionItems.notAssigned"), date: f.date(item.dueOn), meeting: item.meeting.title })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t("heldRecently")}>
          <MeetingRows rows={overview.recent} empty={t("noneHeld")} />
        </Section>
      </div>

      <div className="flex flex-wrap items-end justify-between gap-4 pt-4">
        <h2 className="text-xl font-semibold">{t("allMeetings")}</h2>
        {can(viewer, "read", "Export") && <ExportLinks href={(format) => link("/meetings/export", { format })} />}
      </div>
      <ListViews viewer={viewer} list="meetings" params={params} />
      <form key={canonicalQuery(params)} method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="min-w-56 flex-1 text-xs font-medium text-slate-600">
          {tAll("filters.search")}
          <input name="q" type="search" defaultValue={one("q")} placeholder={t("searchPlaceholder")} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {tAll("filters.status")}
          <select name="status" defaultValue={one("status")} className={`${inputClass} mt-1`}>
            <option value="">{tAll("filters.any")}</option>
            <CodeOptions list="meetingStatuses" />
          </select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("kind")}
          <select name="kind" defaultValue={one("kind")} className={`${inputClass} mt-1`}>
            <option value="">{tAll("filters.any")}</option>
            <CodeOptions list="meetingKinds" />
          </select>
        </label>
        <OfficeFilter offices={offices} value={one("office")} label={tAll("filters.office")} any={tAll("filters.anyOffice")} />
        {partners?.organisations && (
          <label className="text-xs font-medium text-slate-600">
            {tAll("filters.partner")}
            <select name="partner" defaultValue={one("partner")} className={`${inputClass} mt-1`}>
              <option value="">{tAll("filters.any")}</option>
              {partners.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-xs font-medium text-slate-600">
          {t("from")}
          <input type="date" name="from" defaultValue={one("from")} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("to")}
          <input type="date" name="to" defaultValue={one("to")} className={`${inputClass} mt-1`} />
        </label>
        <CustomFilters fields={customFields} query={filters} />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {tAll("filters.apply")}
        </button>
      </form>
      <SetAsideNotice keys={setAside(customFields, filters)} />
      <Section
        title={t("count", { count: list.total })}
        action={
          <span className="flex gap-3 text-sm">
            {t("sortBy")}
            {(["date", "title"] as const).map((sort) => {
              const active = (filters.sort ?? "date") === sort;
              return (
                <Link key={sort} href={link("/meetings", { sort, desc: active && !filters.desc ? "1" : undefined })} className={active ? "font-medium text-slate-900" : "text-brand-600 hover:underline"}>
                  {t(sort === "date" ? (active && filters.desc ? "oldest" : "newest") : active && filters.desc ? "titleZa" : "titleAz")}
                </Link>
              );
            })}
          </span>
        }
      >
        <MeetingRows rows={list.rows} empty={t("noneMatch")} shown={customFields.filter((field) => filters.show?.includes(field.key))} />
      </Section>
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} href={(page) => link("/meetings", { page: String(page) })} />
    </div>
  );
}
