import Link from "next/link";
import { displayDate } from "@/lib/domain/format";
import type { AgreementListRow } from "@/lib/agreements/queries";
import { AgreementStatusBadge } from "./status-badge";

/** Party names without the unit's own organisation, which is party to everything. */
function partnerNames(row: AgreementListRow): string {
  const names = new Set(
    row.parties.filter((p) => p.organisation.acronym !== "ILO").map((p) => p.organisation.acronym ?? p.organisation.name),
  );
  return [...names].join(", ");
}

interface Sorting {
  current: string;
  desc: boolean;
  href: (sort: string, desc: boolean) => string;
}

/** A column heading that sorts by its column, and reverses when it already does. */
function Heading({ label, sort, sorting }: { label: string; sort?: string; sorting?: Sorting }) {
  if (!sorting || !sort) return <th scope="col" className="px-4 py-3">{label}</th>;
  const active = sorting.current === sort;
  return (
    <th scope="col" className="px-4 py-3" aria-sort={active ? (sorting.desc ? "descending" : "ascending") : undefined}>
      <Link href={sorting.href(sort, active && !sorting.desc)} className="hover:text-slate-800">
        {label}
        {active ? (sorting.desc ? " ↓" : " ↑") : ""}
      </Link>
    </th>
  );
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
            <Heading label="Agreement" sort="title" sorting={sorting} />
            <Heading label="Partners" />
            <Heading label="Status" sort="status" sorting={sorting} />
            <Heading label="Expires" sort="expiry" sorting={sorting} />
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
