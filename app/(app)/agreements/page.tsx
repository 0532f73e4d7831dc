import Link from "next/link";
import { ListViews, openDefaultView } from "@/components/views/list-views";
import { canonicalQuery } from "@/lib/views/schema";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { customColumns } from "@/components/custom-fields/custom-columns";
import { SetAsideNotice } from "@/components/custom-fields/custom-filters";
import { setAside } from "@/lib/custom-fields/filters";
import { AgreementFiltersForm } from "@/components/agreements/agreement-filters";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { ButtonLink } from "@/components/ui/button";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";
import { filtersQuery, parseAgreementFilters } from "@/lib/agreements/filters";
import { agreementFilterOptions, listAgreements } from "@/lib/agreements/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.list"))("title") };
}

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  await openDefaultView(viewer, "agreements", params);
  const filters = parseAgreementFilters(params);
  const [options, { rows, total, page, pageCount }, t, locale] = await Promise.all([agreementFilterOptions(viewer, filters.partner), listAgreements(viewer, filters), getTranslations(), getLocale()]);
  if (!options || !can(viewer, "read", "Agreement")) notFound();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("agreements.list.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("agreements.list.count", { count: total, archived: filters.archived ? "yes" : "no" })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink variant="secondary" href={`/agreements/board${filtersQuery(filters, { page: undefined })}`}>
            {t("board.asBoard")}
          </ButtonLink>
          {can(viewer, "read", "Export") && (
            <ExportLinks href={(format) => `/agreements/export${filtersQuery(filters, { page: undefined, format })}`} />
          )}
          {can(viewer, "create", "Agreement") && (
            <>
              <ButtonLink variant="secondary" href="/import">
                {t("common.import")}
              </ButtonLink>
              <ButtonLink href="/agreements/new">{t("agreements.list.new")}</ButtonLink>
            </>
          )}
        </div>
      </div>
      <ListViews viewer={viewer} list="agreements" params={params} />
      {/* Keyed by the query: opening a view (or going back) in the browser remounts the form with its values. */}
      <AgreementFiltersForm key={canonicalQuery(params)} filters={filters} options={options} />
      <SetAsideNotice keys={setAside(options.customFields, filters)} />
      <AgreementTable
        rows={rows}
        basePath="/agreements"
        custom={customColumns(options.customFields, filters.show, locale)}
        sorting={{
          current: filters.sort ?? "expiry",
          desc: filters.desc === "1",
          href: (sort, desc) => `/agreements${filtersQuery(filters, { sort, desc: desc ? "1" : undefined, page: undefined })}`,
        }}
      />
      <Pagination page={page} pageCount={pageCount} total={total} href={(p) => `/agreements${filtersQuery(filters, { page: p })}`} />
      {can(viewer, "read", "Export") && can(viewer, "read", "Commitment") && (
        <p className="text-sm text-slate-600">
          {t("agreements.list.fundingExport")}{" "}
          <Link prefetch={false} className="text-brand-600 hover:underline" href={`/agreements/funding/export${filtersQuery(filters, { page: undefined, format: "csv" })}`}>
            CSV
          </Link>
          {" · "}
          <Link prefetch={false} className="text-brand-600 hover:underline" href={`/agreements/funding/export${filtersQuery(filters, { page: undefined, format: "xlsx" })}`}>
            Excel
          </Link>
        </p>
      )}
      {can(viewer, "read", "Export") && (
        <p className="text-sm text-slate-600">
          {t("agreements.list.iatiExport")}{" "}
          <Link prefetch={false} className="text-brand-600 hover:underline" href="/iati/activities.xml">
            {t("agreements.list.iatiFile")}
          </Link>
        </p>
      )}
    </div>
  );
}
