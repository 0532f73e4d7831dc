import Link from "next/link";
import { useTranslations } from "next-intl";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { OfficeFigures } from "@/lib/dashboard/by-office";

/**
 * The dashboard's figures by office, each with the offices below it added in: an office opens its
 * own dashboard (the roll-up below it), a figure the list it counts.
 */
export function OfficeTable({ offices, link }: { offices: OfficeFigures[]; link: (path: string, office: string, extra?: Record<string, string>) => string }) {
  const t = useTranslations("dashboard");
  const cell = "px-2 py-1.5 text-end tabular-nums";
  return (
    <ScrollBox label={t("byOffice")}>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("byOfficeCaption")}</caption>
        <thead className="text-xs text-slate-500 uppercase">
          <tr>
            <th className="min-w-48 px-2 py-1.5 text-start">{t("office")}</th>
            <th className="px-2 py-1.5 text-end">{t("activeAgreements")}</th>
            <th className="px-2 py-1.5 text-end">{t("projects")}</th>
            <th className="px-2 py-1.5 text-end">{t("openActions")}</th>
            <th className="px-2 py-1.5 text-end">{t("overdueActions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {offices.map((o) => (
            <tr key={o.id}>
              <th scope="row" className="px-2 py-1.5 text-start font-normal" style={{ paddingInlineStart: `${0.5 + o.depth * 1.25}rem` }}>
                <Link href={link("/dashboard", o.id)} className="text-brand-700 hover:underline">
                  {o.name}
                </Link>
                {o.closed && <span className="ms-2 text-xs text-slate-500">{t("closedOffice")}</span>}
              </th>
              <td className={cell}>
                <Link href={link("/agreements", o.id, { status: "ACTIVE" })} className="hover:underline">
                  {o.activeAgreements}
                </Link>
                <span className="text-xs text-slate-500"> / {o.agreements}</span>
              </td>
              <td className={cell}>
                <Link href={link("/projects", o.id)} className="hover:underline">
                  {o.projects}
                </Link>
              </td>
              <td className={cell}>
                <Link href={link("/action-items", o.id, { state: "open" })} className="hover:underline">
                  {o.openActions}
                </Link>
              </td>
              <td className={`${cell} ${o.overdueActions > 0 ? "font-medium text-red-700" : ""}`}>
                <Link href={link("/action-items", o.id, { state: "overdue" })} className="hover:underline">
                  {o.overdueActions}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
