import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { ExportLinks } from "@/components/ui/export-links";
import { inputClass } from "@/components/ui/field";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/viewer";
import { listQuery } from "@/lib/domain/list-query";
import { countryName, organisationKinds } from "@/lib/domain/codelists";
import { listPartners, parsePartnerFilters, type SearchParams } from "@/lib/partners/queries";
import { can } from "@/lib/policy";
import { CodeOptions } from "@/components/ui/code-options";

export const metadata: Metadata = { title: "Partners" };


export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const filters = parsePartnerFilters(params);
  const list = await listPartners(viewer, filters);
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
          <h1 className="text-2xl font-semibold">Partners</h1>
          <p className="mt-1 text-sm text-slate-600">
            {list.total} {list.total === 1 ? "organisation" : "organisations"}
            {filters.archived ? " in the archive" : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {can(viewer, "read", "Export") && <ExportLinks href={(format) => link("/partners/export", { format })} />}
          {can(viewer, "create", "Organisation") && <ButtonLink href="/partners/new">New partner</ButtonLink>}
        </div>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="min-w-64 flex-1 text-xs font-medium text-slate-600">
          Search
          <input name="q" type="search" defaultValue={filters.q} placeholder="Name or acronym" className={`${inputClass} mt-1`} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          Kind
          <select name="kind" defaultValue={filters.kind ?? ""} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            <CodeOptions list="organisationKinds" />
          </select>
        </label>
        <label className="w-36 text-xs font-medium text-slate-600">
          Country
          <input name="country" defaultValue={filters.country} placeholder="TH or REGIONAL" className={`${inputClass} mt-1`} />
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={filters.archived} className="rounded border-slate-300" />
          Archived only
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Apply
        </button>
      </form>
      <DataTable
        caption="Partners"
        rows={list.rows}
        rowKey={(o) => o.id}
        sorting={sorting}
        empty="No partners to show."
        columns={[
          {
            label: "Organisation",
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
          { label: "Kind", sort: "kind", cell: (o) => organisationKinds[o.kind].label },
          { label: "Country", sort: "country", cell: (o) => countryName(o.country) },
          { label: "Agreements", numeric: true, cell: (o) => o._count.agreementRoles },
        ]}
      />
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} href={query} />
    </div>
  );
}
