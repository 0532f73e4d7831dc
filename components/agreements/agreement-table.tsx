import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormats } from "@/lib/i18n/use-formats";
import type { Formats } from "@/lib/i18n/format";
import type { AgreementListRow } from "@/lib/agreements/queries";
import type { Sorting } from "@/lib/domain/list-query";
import { DataTable, type Column } from "@/components/ui/data-table";
import { AgreementStatusBadge } from "./status-badge";

/** Party names without the unit's own organisation, which is party to everything. */
function partnerNames(row: AgreementListRow): string {
  const names = new Set(
    row.parties.filter((p) => p.organisation.acronym !== "ILO").map((p) => p.organisation.acronym ?? p.organisation.name),
  );
  return [...names].join(", ");
}

export function AgreementTable({
  rows,
  basePath,
  sorting,
  custom = [],
}: {
  rows: AgreementListRow[];
  basePath: string;
  sorting?: Sorting;
  /** Columns for the custom fields a person chose to show. */
  custom?: Column<AgreementListRow>[];
}) {
  const t = useTranslations("agreements");
  return <DataTable caption={t("list.caption")} columns={[...columns(basePath, t, useFormats()), ...custom]} rows={rows} rowKey={(row) => row.id} sorting={sorting} empty={t("list.empty")} />;
}

function columns(basePath: string, t: ReturnType<typeof useTranslations<"agreements">>, f: Formats): Column<AgreementListRow>[] {
  return [
    {
      label: t("list.agreement"),
      sort: "title",
      cell: (row) => (
        <>
          <Link href={`${basePath}/${row.id}`} className="font-medium text-brand-700 hover:underline">
            {row.title}
          </Link>
          <div className="text-xs text-slate-600"><span dir="ltr">{row.reference}</span></div>
        </>
      ),
    },
    { label: t("list.partners"), cell: (row) => partnerNames(row) },
    { label: t("list.status"), sort: "status", cell: (row) => <AgreementStatusBadge status={row.status} expiresOn={row.expiresOn} /> },
    { label: t("list.expires"), sort: "expiry", cell: (row) => f.date(row.expiresOn, t("openEnded")) },
  ];
}
