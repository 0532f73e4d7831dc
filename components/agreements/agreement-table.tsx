import Link from "next/link";
import { displayDate } from "@/lib/domain/format";
import type { AgreementListRow } from "@/lib/agreements/queries";
import { SortHeading, type Sorting } from "@/components/ui/sort-heading";
import { AgreementStatusBadge } from "./status-badge";

/** Party names without the unit's own organisation, which is party to everything. */
function partnerNames(row: AgreementListRow): string {
  const names = new Set(
    row.parties.filter((p) => p.organisation.acronym !== "ILO").map((p) => p.organisation.acronym ?? p.organisation.name),
  );
  return [...names].join(", ");
}

export function AgreementTable({ rows, basePath, sorting }: { rows: AgreementListRow[]; basePath: string; sorting?: Sorting }) {
  if (rows.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500">No agreements to show.</p>;
  }
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <SortHeading label="Agreement" sort="title" sorting={sorting} />
            <SortHeading label="Partners" />
            <SortHeading label="Status" sort="status" sorting={sorting} />
            <SortHeading label="Expires" sort="expiry" sorting={sorting} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`${basePath}/${row.id}`} className="font-medium text-brand-700 hover:underline">
                  {row.title}
                </Link>
                <div className="text-xs text-slate-500">{row.reference}</div>
              </td>
              <td className="px-4 py-3 text-slate-700">{partnerNames(row)}</td>
              <td className="px-4 py-3">
                <AgreementStatusBadge status={row.status} expiresOn={row.expiresOn} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">{displayDate(row.expiresOn, "Open-ended")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
