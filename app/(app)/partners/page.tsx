import type { Metadata } from "next";
import { ListViews, openDefaultView } from "@/components/views/list-views";
import { canonicalQuery } from "@/lib/views/schema";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { ExportLinks } from "@/components/ui/export-links";
import { inputClass } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/viewer";
import { listQuery } from "@/lib/domain/list-query";
import { countryName } from "@/lib/domain/codelists";
import { getFormats } from "@/lib/i18n/server";
import { listPartners, parsePartnerFilters, type SearchParams } from "@/lib/partners/queries";
import { can } from "@/lib/policy";
import { CodeOptions } from "@/components/ui/code-options";
import { customColumns } from "@/components/custom-fields/custom-columns";
import { CustomFilters, SetAsideNotice } from "@/components/custom-fields/custom-filters";
import { setAside } from "@/lib/custom-fields/filters";
import { visibleCustomFields } from "@/lib/custom-fields/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners.list"))("title") };
}

export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  await openDefaultView(viewer, "partners", params);
  const filters = parsePartnerFilters(params);
  const [list, tAll, f, customFields] = await Promise.all([listPartners(viewer, filters), getTranslations(), getFormats(), visibleCustomFields(viewer, "ORGANISATION")]);
  const t = (key: string, values?: Record<string, string | number>) => tAll(`partners.list.${key}`, values);
  if (!list) notFound();
  const link = listQuery(params);
  const sorting = {
    current: filters.sort ?? "name",
    desc: Boolean(filters.desc),
    href: (sort: string, desc: boolean) => link("/partners", { sort, desc: desc ? "1" : undefined }),
  };
  const query = (page: number) => link("/partners", { page: String(page) });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("count", { count: list.total, archived: filters.archived ? "yes" : "no" })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {can(viewer, "read", "Export") && <ExportLinks href={(format) => link("/partners/export", { format })} />}
          {can(viewer, "create", "Organisation") && <ButtonLink href="/partners/new">{t("new")}</ButtonLink>}
        </div>
      </div>
      <ListViews viewer={viewer} list="partners" params={params} />
      <form key={canonicalQuery(params)} method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="min-w-64 flex-1 text-xs font-medium text-slate-600">
          {tAll("filters.search")}
          <input name="q" type="search" defaultValue={filters.q} placeholder={t("searchPlaceholder")} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("kind")}
          <select name="kind" defaultValue={filters.kind ?? ""} className={`${inputClass} mt-1`}>
            <option value="">{tAll("filters.any")}</option>
            <CodeOptions list="organisationKinds" />
          </select>
        </label>
        <label className="w-36 text-xs font-medium text-slate-600">
          {t("country")}
          <input name="country" defaultValue={filters.country} placeholder={t("countryExample")} className={`${inputClass} mt-1`} />
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={filters.archived} className="rounded border-slate-300" />
          {tAll("filters.archivedOnly")}
        </label>
        <CustomFilters fields={customFields} query={filters} />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {tAll("filters.apply")}
        </button>
      </form>
      <SetAsideNotice keys={setAside(customFields, filters)} />
      <DataTable
        caption={t("caption")}
        rows={list.rows}
        rowKey={(o) => o.id}
        sorting={sorting}
        empty={t("empty")}
        columns={[
          {
            label: t("organisation"),
            sort: "name",
            cell: (o) => (
              <>
                <Link href={`/partners/${o.id}`} className="font-medium text-brand-700 hover:underline">
                  {o.name}
                </Link>
                {o.acronym && <span className="ms-1 text-slate-600">({o.acronym})</span>}
              </>
            ),
          },
          { label: t("kind"), sort: "kind", cell: (o) => tAll(`codes.organisationKinds.${o.kind}`) },
          { label: t("country"), sort: "country", cell: (o) => countryName(o.country, f.locale) },
          { label: t("agreements"), numeric: true, cell: (o) => o._count.agreementRoles },
          ...customColumns<(typeof list.rows)[number]>(customFields, filters.show, f.locale),
        ]}
      />
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} href={query} />
    </div>
  );
}
