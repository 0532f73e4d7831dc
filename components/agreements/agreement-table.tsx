import Link from "next/link";
import { displayDate } from "@/lib/domain/format";
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

export function AgreementTable({ rows, basePath, sorting }: { rows: AgreementListRow[]; basePath: string; sorting?: Sorting }) {
  return <DataTable caption="Agreements" columns={columns(basePath)} rows={rows} rowKey={(row) => row.id} sorting={sorting} empty="No agreements to show." />;
}

function columns(basePath: string): Column<AgreementListRow>[] {
  return [
    {
      label: "Agreement",
      sort: "title",
      cell: (row) => (
        <>
          <Link href={`${basePath}/${row.id}`} className="font-medium text-brand-700 hover:underline">
            {row.title}
          </Link>
          <div className="text-xs text-slate-600">{row.reference}</div>
        </>
      ),
    },
    { label: "Partners", cell: (row) => partnerNames(row) },
    { label: "Status", sort: "status", cell: (row) => <AgreementStatusBadge status={row.status} expiresOn={row.expiresOn} /> },
    { label: "Expires", sort: "expiry", cell: (row) => displayDate(row.expiresOn, "Open-ended") },
  ];
}
